//! Request counters and latency histograms, exposed in Prometheus' text format.

use std::collections::BTreeMap;
use std::fmt::Write;
use std::sync::Mutex;
use std::time::Duration;

/// Upper bounds of the latency buckets, in seconds.
const BUCKETS: [f64; 12] = [
    0.0001, 0.00025, 0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.5, 2.5,
];

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) enum Outcome {
    Success,
    ClientError,
    ServerError,
}

impl Outcome {
    fn label(self) -> &'static str {
        match self {
            Outcome::Success => "success",
            Outcome::ClientError => "client_error",
            Outcome::ServerError => "server_error",
        }
    }

    pub fn of_status(status: u16) -> Self {
        match status {
            500.. => Outcome::ServerError,
            400..=499 => Outcome::ClientError,
            _ => Outcome::Success,
        }
    }
}

#[derive(Debug, Default)]
struct Series {
    count: u64,
    sum: f64,
    buckets: [u64; BUCKETS.len()],
}

#[derive(Debug, Default)]
pub(crate) struct Metrics {
    series: Mutex<BTreeMap<(&'static str, &'static str, Outcome), Series>>,
    /// With a networked store: requests tried from caches on the async worker, by
    /// service, operation and whether they were answered there (`false`: they needed
    /// the store and were run again on a blocking thread).
    cache_attempts: Mutex<BTreeMap<(&'static str, &'static str, bool), u64>>,
    /// Connections closed at once because every connection at a cap was busy.
    refused_connections: std::sync::atomic::AtomicU64,
}

impl Metrics {
    pub fn observe(
        &self,
        service: &'static str,
        operation: &'static str,
        outcome: Outcome,
        latency: Duration,
    ) {
        let secs = latency.as_secs_f64();
        let Ok(mut map) = self.series.lock() else {
            return;
        };
        let key = (service, operation, outcome);
        let s = map.entry(key).or_default();
        s.count += 1;
        s.sum += secs;
        for (slot, bound) in s.buckets.iter_mut().zip(BUCKETS) {
            if secs <= bound {
                *slot += 1;
            }
        }
    }

    /// Counts one request tried from caches with the store barred; `answered` when it
    /// needed no store call.
    pub fn observe_cache_attempt(
        &self,
        service: &'static str,
        operation: &'static str,
        answered: bool,
    ) {
        if let Ok(mut map) = self.cache_attempts.lock() {
            *map.entry((service, operation, answered)).or_default() += 1;
        }
    }

    /// Counts a connection turned away at a connection cap.
    pub fn observe_refused_connection(&self) {
        self.refused_connections
            .fetch_add(1, std::sync::atomic::Ordering::Relaxed);
    }

    pub fn render(&self) -> String {
        let mut out = String::new();
        out.push_str("# HELP gatehouse_connections_refused_total Connections closed on arrival because every connection at a cap was busy.\n");
        out.push_str("# TYPE gatehouse_connections_refused_total counter\n");
        let _ = writeln!(
            out,
            "gatehouse_connections_refused_total {}",
            self.refused_connections
                .load(std::sync::atomic::Ordering::Relaxed)
        );
        if let Ok(map) = self.cache_attempts.lock()
            && !map.is_empty()
        {
            out.push_str("# HELP gatehouse_cache_attempts_total Requests tried on the async worker from caches alone (networked store), by whether they were answered there (`inline`) or needed the store and were run again on a blocking thread (`rerun`).\n");
            out.push_str("# TYPE gatehouse_cache_attempts_total counter\n");
            for ((svc, op, answered), n) in map.iter() {
                let _ = writeln!(
                    out,
                    "gatehouse_cache_attempts_total{{service=\"{}\",operation=\"{}\",result=\"{}\"}} {n}",
                    escape(svc),
                    escape(op),
                    if *answered { "inline" } else { "rerun" },
                );
            }
        }
        let Ok(map) = self.series.lock() else {
            return out;
        };
        out.push_str("# HELP gatehouse_requests_total Requests answered, by service, operation and outcome.\n");
        out.push_str("# TYPE gatehouse_requests_total counter\n");
        for ((svc, op, outcome), s) in map.iter() {
            let _ = writeln!(
                out,
                "gatehouse_requests_total{{service=\"{}\",operation=\"{}\",outcome=\"{}\"}} {}",
                escape(svc),
                escape(op),
                outcome.label(),
                s.count
            );
        }
        out.push_str("# HELP gatehouse_request_duration_seconds Time from request to response.\n");
        out.push_str("# TYPE gatehouse_request_duration_seconds histogram\n");
        for ((svc, op, outcome), s) in map.iter() {
            let labels = format!(
                "service=\"{}\",operation=\"{}\",outcome=\"{}\"",
                escape(svc),
                escape(op),
                outcome.label()
            );
            for (bound, n) in BUCKETS.iter().zip(s.buckets) {
                let _ = writeln!(
                    out,
                    "gatehouse_request_duration_seconds_bucket{{{labels},le=\"{bound}\"}} {n}"
                );
            }
            let _ = writeln!(
                out,
                "gatehouse_request_duration_seconds_bucket{{{labels},le=\"+Inf\"}} {}",
                s.count
            );
            let _ = writeln!(
                out,
                "gatehouse_request_duration_seconds_sum{{{labels}}} {}",
                s.sum
            );
            let _ = writeln!(
                out,
                "gatehouse_request_duration_seconds_count{{{labels}}} {}",
                s.count
            );
        }
        out
    }
}

fn escape(s: &str) -> String {
    s.replace('\\', "\\\\")
        .replace('"', "\\\"")
        .replace('\n', "\\n")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn renders_counters_and_cumulative_buckets() {
        let m = Metrics::default();
        m.observe(
            "sts",
            "GetCallerIdentity",
            Outcome::Success,
            Duration::from_micros(300),
        );
        m.observe(
            "sts",
            "GetCallerIdentity",
            Outcome::Success,
            Duration::from_millis(20),
        );
        m.observe(
            "sts",
            "GetCallerIdentity",
            Outcome::ClientError,
            Duration::from_micros(50),
        );
        let text = m.render();
        assert!(text.contains(
            "gatehouse_requests_total{service=\"sts\",operation=\"GetCallerIdentity\",outcome=\"success\"} 2"
        ));
        assert!(text.contains("outcome=\"success\",le=\"0.0005\"} 1"));
        assert!(text.contains("outcome=\"success\",le=\"0.025\"} 2"));
        assert!(text.contains("outcome=\"client_error\",le=\"+Inf\"} 1"));
        assert!(!text.contains("gatehouse_cache_attempts_total"));
    }

    #[test]
    fn counts_cache_attempts_answered_and_rerun_apart() {
        let m = Metrics::default();
        m.observe_cache_attempt("sts", "AssumeRole", true);
        m.observe_cache_attempt("sts", "AssumeRole", true);
        m.observe_cache_attempt("sts", "AssumeRole", false);
        let text = m.render();
        assert!(text.contains(
            "gatehouse_cache_attempts_total{service=\"sts\",operation=\"AssumeRole\",result=\"inline\"} 2"
        ));
        assert!(text.contains(
            "gatehouse_cache_attempts_total{service=\"sts\",operation=\"AssumeRole\",result=\"rerun\"} 1"
        ));
    }
}
