//! Time as an injected dependency, so tests can pin it.

use std::time::{SystemTime, UNIX_EPOCH};

/// Milliseconds since the Unix epoch.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct UnixMillis(pub i64);

impl UnixMillis {
    pub fn seconds(self) -> i64 {
        self.0.div_euclid(1000)
    }

    /// ISO 8601 in UTC with second precision, as AWS prints timestamps (`2026-11-27T01:02:03Z`).
    /// Every audited request prints the current second, so each thread keeps the last
    /// second it printed.
    pub fn to_iso8601(self) -> String {
        use std::cell::RefCell;
        thread_local! {
            static LAST: RefCell<(i64, String)> = const { RefCell::new((i64::MIN, String::new())) };
        }
        let secs = self.seconds();
        LAST.with_borrow_mut(|(last, text)| {
            if *last != secs {
                *text = iso8601_of(secs);
                *last = secs;
            }
            text.clone()
        })
    }
}

fn iso8601_of(secs: i64) -> String {
    match time::OffsetDateTime::from_unix_timestamp(secs) {
        Ok(t) => format!(
            "{:04}-{:02}-{:02}T{:02}:{:02}:{:02}Z",
            t.year(),
            u8::from(t.month()),
            t.day(),
            t.hour(),
            t.minute(),
            t.second()
        ),
        Err(_) => "1970-01-01T00:00:00Z".to_owned(),
    }
}

pub trait Clock: Send + Sync + std::fmt::Debug {
    fn now(&self) -> UnixMillis;
}

#[derive(Debug, Default, Clone, Copy)]
pub struct SystemClock;

impl Clock for SystemClock {
    fn now(&self) -> UnixMillis {
        let ms = SystemTime::now()
            .duration_since(UNIX_EPOCH)
            .map(|d| i64::try_from(d.as_millis()).unwrap_or(i64::MAX))
            .unwrap_or(0);
        UnixMillis(ms)
    }
}

/// A clock fixed by the test that owns it.
#[derive(Debug)]
pub struct FixedClock(pub std::sync::atomic::AtomicI64);

impl FixedClock {
    pub fn new(at: UnixMillis) -> Self {
        Self(std::sync::atomic::AtomicI64::new(at.0))
    }

    pub fn advance(&self, millis: i64) {
        self.0
            .fetch_add(millis, std::sync::atomic::Ordering::SeqCst);
    }
}

impl Clock for FixedClock {
    fn now(&self) -> UnixMillis {
        UnixMillis(self.0.load(std::sync::atomic::Ordering::SeqCst))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn iso8601_matches_aws_format() {
        assert_eq!(
            UnixMillis(1_440_938_160_000).to_iso8601(),
            "2015-08-30T12:36:00Z"
        );
        assert_eq!(UnixMillis(0).to_iso8601(), "1970-01-01T00:00:00Z");
        // The per-thread last second never answers for another second.
        assert_eq!(UnixMillis(999).to_iso8601(), "1970-01-01T00:00:00Z");
        assert_eq!(UnixMillis(1_000).to_iso8601(), "1970-01-01T00:00:01Z");
        assert_eq!(UnixMillis(-1).to_iso8601(), "1969-12-31T23:59:59Z");
        assert_eq!(UnixMillis(1_000).to_iso8601(), "1970-01-01T00:00:01Z");
    }
}
