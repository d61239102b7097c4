-- wrk script: sends each prepared request body exactly once (for calls that may not be
-- replayed, such as AssumeRoleWithSAML). Arguments after `--`: a file prefix and the text
-- every answer must contain. Thread i reads its own slice, `<prefix>.<i>`, one urlencoded
-- form body a line, and POSTs each line once; when its slice is used up it sends nothing
-- more and stops as soon as every request it sent has been answered. An answer that is not
-- a 200 containing the expected text counts as wrong. wrk divides by the whole duration
-- even when its threads stop early, so `done` prints the real elapsed time (first request
-- sent to last answer received, over all threads) for the harness to compute the rate.
local ffi = require("ffi")
ffi.cdef [[
typedef struct { long tv_sec; long tv_nsec; } bench_once_timespec;
int clock_gettime(int clock, bench_once_timespec *ts);
]]
local timespec = ffi.new("bench_once_timespec")
local CLOCK_MONOTONIC = 1

local function now()
  ffi.C.clock_gettime(CLOCK_MONOTONIC, timespec)
  return tonumber(timespec.tv_sec) + tonumber(timespec.tv_nsec) * 1e-9
end

-- In the main Lua state: every thread, for `done`.
local threads = {}

function setup(thread)
  thread:set("index", #threads)
  table.insert(threads, thread)
end

-- In each thread's Lua state (globals, so that `done` can read them with thread:get).
sent, answered, wrong, exhausted = 0, 0, 0, 0
first, last = -1, -1
local bodies, expected, verifying
local headers = { ["Content-Type"] = "application/x-www-form-urlencoded; charset=utf-8" }

function init(args)
  bodies = assert(io.open(args[1] .. "." .. index, "r"))
  expected = args[2]
  -- wrk calls the first thread's request() once before the run, only to parse what it
  -- returns (script_verify_request); that call must not use up a body.
  verifying = index == 0
end

function request()
  if verifying then
    verifying = false
    return wrk.format("POST", "/", headers, "")
  end
  if exhausted == 0 then
    local body = bodies:read("*l")
    if body and body ~= "" then
      sent = sent + 1
      if first < 0 then first = now() end
      return wrk.format("POST", "/", headers, body)
    end
    exhausted = 1
    bodies:close()
  end
  if answered == sent then wrk.thread:stop() end
  -- An empty request writes nothing: this connection stays idle until the thread stops.
  return ""
end

function response(status, _, body)
  answered = answered + 1
  last = now()
  if status ~= 200 or not string.find(body, expected, 1, true) then wrong = wrong + 1 end
  if exhausted == 1 and answered == sent then wrk.thread:stop() end
end

function done()
  local s, a, w, x, t0, t1 = 0, 0, 0, 0, math.huge, 0
  for _, t in ipairs(threads) do
    s = s + t:get("sent")
    a = a + t:get("answered")
    w = w + t:get("wrong")
    x = x + t:get("exhausted")
    local f, l = t:get("first"), t:get("last")
    if f >= 0 and f < t0 then t0 = f end
    if l > t1 then t1 = l end
  end
  local elapsed = (a > 0) and (t1 - t0) or 0
  io.write(string.format("ONCE sent=%d answered=%d wrong=%d exhausted=%d/%d elapsed=%.6f\n",
    s, a, w, x, #threads, elapsed))
end
