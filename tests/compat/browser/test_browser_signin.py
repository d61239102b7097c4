"""Issue 7 in a real browser: Debian's headless Chromium, driven over the WebDriver
protocol (chromedriver, spoken with `requests`), signs in the ADFS way (an IdP page
posts a signed response to `/saml`, the user picks a role, lands on the console) and
the getSigninToken + login way. Screenshots are kept under pytest's tmp directory;
their paths are printed (`pytest -s`) and listed in `screenshots.txt` there."""

import base64
import html
import struct
import zlib
import os
import pathlib
import re
import shutil
import socket
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import boto3
import pytest
import requests

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1]))

from test_saml_federation import Federation, Idp, b64, signin_token, start_server  # noqa: E402

CHROMIUM = "/usr/bin/chromium"
ELEMENT = "element-6066-11e4-a52e-4f735466cecf"
LAUNCH_FLAGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
    "--window-size=1280,1600",
]


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Browser:
    """A WebDriver session with headless Chromium."""

    def __init__(self, profile_dir):
        driver = shutil.which("chromedriver")
        if not driver or not os.path.exists(CHROMIUM):
            # scripts/test installs them (scripts/install-browser); CI must not skip.
            if os.environ.get("CI"):
                pytest.fail("chromium and chromium-driver are not installed (scripts/install-browser)")
            pytest.skip("chromium and chromium-driver are not installed (scripts/install-browser)")
        self.port = free_port()
        self.proc = subprocess.Popen([driver, f"--port={self.port}"], stdout=subprocess.DEVNULL,
                                     stderr=subprocess.DEVNULL)
        self.base = f"http://127.0.0.1:{self.port}"
        deadline = time.time() + 20
        while True:
            try:
                if requests.get(self.base + "/status", timeout=1).json()["value"]["ready"]:
                    break
            except (requests.RequestException, ValueError, KeyError):
                pass
            if time.time() > deadline:
                self.proc.kill()
                raise RuntimeError("chromedriver did not start")
            time.sleep(0.1)
        caps = {"capabilities": {"alwaysMatch": {
            "browserName": "chrome",
            "goog:chromeOptions": {"binary": CHROMIUM,
                                   "args": LAUNCH_FLAGS + [f"--user-data-dir={profile_dir}"]},
        }}}
        r = requests.post(self.base + "/session", json=caps, timeout=60).json()
        if "sessionId" not in r.get("value", {}):
            self.proc.kill()
            raise RuntimeError(f"no WebDriver session: {r}")
        self.session = f"{self.base}/session/{r['value']['sessionId']}"

    def cmd(self, method, path, body=None):
        r = requests.request(method, self.session + path, json=body, timeout=60)
        value = r.json().get("value")
        if r.status_code != 200:
            raise AssertionError(f"WebDriver {path}: {value}")
        return value

    def go(self, url):
        self.cmd("POST", "/url", {"url": url})

    def url(self):
        return self.cmd("GET", "/url")

    def wait_url(self, want, timeout=15):
        """Waits until a form submission has landed on `want`."""
        deadline = time.time() + timeout
        while self.url() != want:
            if time.time() > deadline:
                raise AssertionError(f"still on {self.url()}, expected {want}")
            time.sleep(0.1)

    def find(self, css, timeout=15):
        """The element, waited for: a click's navigation may still be loading."""
        deadline = time.time() + timeout
        while True:
            r = requests.post(self.session + "/element", json={"using": "css selector", "value": css}, timeout=60)
            if r.status_code == 200:
                return r.json()["value"][ELEMENT]
            if time.time() > deadline:
                raise AssertionError(f"no element {css} on {self.url()}: {self.source()[:2000]}")
            time.sleep(0.1)

    def click(self, css):
        self.cmd("POST", f"/element/{self.find(css)}/click", {})

    def text(self, css):
        return self.cmd("GET", f"/element/{self.find(css)}/text")

    def source(self):
        return self.cmd("GET", "/source")

    def screenshot(self, path):
        path.write_bytes(base64.b64decode(self.cmd("GET", "/screenshot")))
        print(f"screenshot: {path}")
        with open(path.parent / "screenshots.txt", "a") as f:
            f.write(f"{path}\n")
        return path

    def element_screenshot(self, css, path):
        data = base64.b64decode(self.cmd("GET", f"/element/{self.find(css)}/screenshot"))
        path.write_bytes(data)
        print(f"screenshot: {path}")
        return data

    def script(self, js, *args):
        return self.cmd("POST", "/execute/sync", {"script": js, "args": list(args)})

    def quit(self):
        try:
            requests.delete(self.session, timeout=10)
        finally:
            self.proc.terminate()
            self.proc.wait(10)


class IdpPage:
    """The IdP's side of an IdP-initiated sign-in: a page whose form posts the signed
    response to the service provider, as ADFS's does."""

    def __init__(self):
        self.body = b""
        page = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self):
                self.send_response(200)
                self.send_header("Content-Type", "text/html; charset=utf-8")
                self.end_headers()
                self.wfile.write(page.body)

            def log_message(self, *args):
                pass

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}/idp/sso"
        threading.Thread(target=self.httpd.serve_forever, daemon=True).start()

    def offer(self, action, saml_response, relay_state=""):
        self.body = f"""<!DOCTYPE html><html><body><h1>Corporate IdP</h1>
<form method="post" action="{html.escape(action)}">
<input type="hidden" name="SAMLResponse" value="{html.escape(saml_response)}">
<input type="hidden" name="RelayState" value="{html.escape(relay_state)}">
<button type="submit" id="continue">Continue to Gatehouse</button></form></body></html>""".encode()

    def close(self):
        self.httpd.shutdown()


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    server = start_server(tmp_path_factory.mktemp("browser-data") / "data")
    fed = Federation(server, Idp())
    fed.public = server.args[server.args.index("--public-url") + 1]
    fed.iam.create_account_alias(AccountAlias="corp-" + uuid.uuid4().hex[:6])
    fed.role("Developer")
    fed.role("Auditor")
    yield fed
    server.stop()


@pytest.fixture
def browser(tmp_path):
    profile = tempfile.mkdtemp(prefix="chromium-profile-")
    b = Browser(profile)
    yield b
    b.quit()
    shutil.rmtree(profile, ignore_errors=True)


def png_colours(data):
    """(width, height, distinct pixel values) of an 8-bit RGB(A) PNG, read with the
    standard library: a screenshot of a rendered form has many colours, a blank one
    (nothing drawn, or the page refused to render) has one or two."""
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    pos, idat, width = 8, b"", None
    while pos < len(data):
        (length,), kind = struct.unpack(">I", data[pos:pos + 4]), data[pos + 4:pos + 8]
        chunk = data[pos + 8:pos + 8 + length]
        if kind == b"IHDR":
            width, height, depth, colour = struct.unpack(">IIBB", chunk[:10])
            assert depth == 8 and colour in (2, 6), (depth, colour)
            channels = 3 if colour == 2 else 4
        elif kind == b"IDAT":
            idat += chunk
        pos += 12 + length
    raw = zlib.decompress(idat)
    stride = width * channels + 1
    # Filters aside, distinct raw pixel tuples still tell blank from drawn.
    pixels = {raw[r * stride + 1 + c * channels:r * stride + 1 + (c + 1) * channels]
              for r in range(0, height, max(1, height // 64)) for c in range(0, width, max(1, width // 64))}
    return width, height, len(pixels)


SECURITY_HEADERS = {
    "x-frame-options": "DENY",
    "referrer-policy": "no-referrer",
    "x-content-type-options": "nosniff",
    "cache-control": "no-store",
}


def test_pages_render_from_templates_with_csrf_and_security_headers(site, browser, tmp_path):
    own = site.public + "/saml"
    dev, aud = site.roles["Developer"], site.roles["Auditor"]
    xml = site.idp.signed([site.pair(dev), site.pair(aud)], recipient=own, audience=own, session_name="carol")
    # The role picker as a client sees it on the wire: headers, a CSRF token in the form.
    r = requests.post(site.server.endpoint + "/saml", data={"SAMLResponse": b64(xml)}, timeout=30)
    assert r.status_code == 200
    for name, want in SECURITY_HEADERS.items():
        assert r.headers.get(name) == want, (name, r.headers.get(name))
    csp = r.headers["content-security-policy"]
    for directive in ("default-src 'none'", "style-src 'self'", "form-action 'self'", "frame-ancestors 'none'"):
        assert directive in csp, csp
    assert "script-src" not in csp and "unsafe-inline" not in csp, csp
    csrf = re.search(r'name="csrf" value="([^"]+)"', r.text)
    assert csrf and len(csrf.group(1)) >= 32, r.text[:2000]
    assert 'lang="en"' in r.text and '<label for="role-' in r.text
    # Without the token, or with another, the form is refused and the sign-in is kept.
    for token in (None, "x" * len(csrf.group(1))):
        form = {"roleIndex": dev} | ({"csrf": token} if token else {})
        bad = requests.post(site.server.endpoint + "/saml/role", data=form, cookies=r.cookies, timeout=30)
        assert bad.status_code == 403 and "The form is not valid." in bad.text, bad.text[:500]
        assert bad.headers.get("x-frame-options") == "DENY"
    ok = requests.post(site.server.endpoint + "/saml/role", data={"roleIndex": dev, "csrf": csrf.group(1)},
                       cookies=r.cookies, allow_redirects=False, timeout=30)
    assert ok.status_code == 303 and ok.headers["location"] == "/console", (ok.status_code, ok.text[:500])
    # The stylesheet is served as such, and the browser applies it under that policy.
    css = requests.get(site.server.endpoint + "/static/gatehouse.css", timeout=10)
    assert css.status_code == 200 and css.headers["content-type"].startswith("text/css")
    idp = IdpPage()
    try:
        idp.offer(own, b64(site.idp.signed([site.pair(dev), site.pair(aud)], recipient=own, audience=own)))
        browser.go(idp.url)
        browser.click("#continue")
        browser.wait_url(own)
        brand = browser.script("return getComputedStyle(document.querySelector('.brand')).fontWeight")
        assert brand in ("600", 600), brand
        hidden = browser.script("return document.querySelector('#role-picker input[name=csrf]').value")
        assert len(hidden) >= 32
        width, height, colours = png_colours(browser.element_screenshot("#role-picker", tmp_path / "role-picker-form.png"))
        assert width > 200 and height > 60 and colours > 3, (width, height, colours)
        browser.screenshot(tmp_path / "role-picker-page.png")
    finally:
        idp.close()


def check_credentials_work(site, akid, secret, token, want_role_name):
    who = boto3.client("sts", endpoint_url=site.server.endpoint, region_name="us-east-1",
                       aws_access_key_id=akid, aws_secret_access_key=secret,
                       aws_session_token=token).get_caller_identity()
    assert f":assumed-role/{want_role_name}/" in who["Arn"]


def test_idp_initiated_post_role_picker_and_console(site, browser, tmp_path):
    own = site.public + "/saml"
    dev, aud = site.roles["Developer"], site.roles["Auditor"]
    xml = site.idp.signed([site.pair(dev), site.pair(aud, reverse=True)], recipient=own, audience=own,
                          session_name="alice")
    idp = IdpPage()
    try:
        idp.offer(own, b64(xml))
        browser.go(idp.url)
        browser.click("#continue")
        browser.wait_url(own)
        picker = browser.source()
        assert "Select a role" in picker and dev in picker and aud in picker
        assert "corp-" in browser.text("fieldset.account legend")
        browser.screenshot(tmp_path / "saml-role-picker.png")
        browser.click(f'input[value="{aud}"]')
        browser.click("#signin-button")
        browser.wait_url(site.public + "/console")
        assert browser.text("#role-arn") == aud
        assert browser.text("#session-name") == "alice"
        assert browser.text("#account") == site.account
        akid = browser.text("#access-key-id")
        secret = browser.text("#secret-access-key")
        token = browser.text("#session-token")
        assert akid.startswith("ASIA") and akid not in browser.url()
        browser.screenshot(tmp_path / "saml-console.png")
        check_credentials_work(site, akid, secret, token, aud.split("/")[-1])
        # The same response posted again cannot sign in a second time.
        browser.go(idp.url)
        browser.click("#continue")
        browser.wait_url(own)
        browser.click(f'input[value="{dev}"]')
        browser.click("#signin-button")
        browser.wait_url(own + "/role")
        assert "already been used" in browser.text("#error")
        browser.screenshot(tmp_path / "saml-replay-refused.png")
    finally:
        idp.close()


def test_signin_token_login_in_the_browser(site, browser, tmp_path):
    role = site.roles["Developer"]
    creds = site.assume(role, site.idp.signed([site.pair(role)]))["Credentials"]
    token = signin_token(site, creds).json()["SigninToken"]
    browser.go(f"{site.server.endpoint}/federation?Action=login&Issuer=https%3A%2F%2Fportal.example.test"
               f"&Destination=%2Fconsole&SigninToken={token}")
    browser.wait_url(site.server.endpoint + "/console")
    assert browser.text("#role-arn") == role
    assert browser.text("#access-key-id") == creds["AccessKeyId"]
    browser.screenshot(tmp_path / "federation-console.png")
    check_credentials_work(site, browser.text("#access-key-id"), browser.text("#secret-access-key"),
                           browser.text("#session-token"), role.split("/")[-1])
    browser.click("#sign-out-button")
    assert "signed out" in browser.text("#signed-out")
    browser.go(site.server.endpoint + "/console")
    assert "ended" in browser.text("#not-signed-in")
    browser.screenshot(tmp_path / "federation-signed-out.png")
