//! Typed condition values: numbers, dates, IP ranges and base64, parsed from policy text.

use std::cmp::Ordering;
use std::net::IpAddr;

/// A number as the numeric operators compare it: integers exactly, others as floats.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) enum Number {
    Int(i64),
    Float(f64),
}

impl Number {
    pub(crate) fn parse(text: &str) -> Option<Number> {
        let t = text.trim();
        if t.is_empty() || t.len() > 64 {
            return None;
        }
        if let Ok(i) = t.parse::<i64>() {
            return Some(Number::Int(i));
        }
        // Only plain decimal notation: `inf`, `NaN` and hex are not numbers in a policy.
        if !t
            .bytes()
            .all(|b| b.is_ascii_digit() || matches!(b, b'-' | b'+' | b'.' | b'e' | b'E'))
        {
            return None;
        }
        let f = t.parse::<f64>().ok()?;
        f.is_finite().then_some(Number::Float(f))
    }

    #[expect(
        clippy::cast_precision_loss,
        reason = "mixed int/float comparison is float comparison"
    )]
    pub(crate) fn compare(self, other: Number) -> Option<Ordering> {
        match (self, other) {
            (Number::Int(a), Number::Int(b)) => Some(a.cmp(&b)),
            (Number::Int(a), Number::Float(b)) => (a as f64).partial_cmp(&b),
            (Number::Float(a), Number::Int(b)) => a.partial_cmp(&(b as f64)),
            (Number::Float(a), Number::Float(b)) => a.partial_cmp(&b),
        }
    }
}

/// Parses a date condition value: ISO 8601 (`2020-01-01`, `2020-01-01T12:00:00Z`, with
/// fractions and offsets) or seconds since the epoch. Returns milliseconds since the epoch.
pub(crate) fn parse_date(text: &str) -> Option<i64> {
    let t = text.trim();
    if t.is_empty() || t.len() > 64 {
        return None;
    }
    if t.bytes().all(|b| b.is_ascii_digit())
        || t.strip_prefix('-')
            .is_some_and(|d| !d.is_empty() && d.bytes().all(|b| b.is_ascii_digit()))
    {
        let secs: i64 = t.parse().ok()?;
        return secs.checked_mul(1000);
    }
    let (date, time) = match t.find(['T', 't']) {
        Some(i) => (t.get(..i)?, Some(t.get(i + 1..)?)),
        None => (t, None),
    };
    let mut dp = date.split('-');
    let year: i64 = parse_digits(dp.next()?, 4, 4)?;
    let month: i64 = dp.next().map_or(Some(1), |m| parse_digits(m, 2, 2))?;
    let day: i64 = dp.next().map_or(Some(1), |d| parse_digits(d, 2, 2))?;
    if dp.next().is_some()
        || !(1..=12).contains(&month)
        || day < 1
        || day > days_in_month(year, month)
    {
        return None;
    }
    let mut millis = days_from_civil(year, month, day) * 86_400_000;
    if let Some(time) = time {
        let (clock, offset_millis) = split_offset(time)?;
        let mut tp = clock.split(':');
        let h: i64 = parse_digits(tp.next()?, 2, 2)?;
        let m: i64 = tp.next().map_or(Some(0), |m| parse_digits(m, 2, 2))?;
        let (s, frac) = match tp.next() {
            None => (0, 0),
            Some(sec) => {
                let (whole, frac) = sec.split_once('.').unwrap_or((sec, ""));
                let s: i64 = parse_digits(whole, 2, 2)?;
                let frac_ms = if frac.is_empty() {
                    0
                } else {
                    if frac.len() > 9 || !frac.bytes().all(|b| b.is_ascii_digit()) {
                        return None;
                    }
                    let padded = format!("{frac:0<3}");
                    padded.get(..3)?.parse::<i64>().ok()?
                };
                (s, frac_ms)
            }
        };
        if tp.next().is_some() || h > 23 || m > 59 || s > 60 {
            return None;
        }
        millis += ((h * 60 + m) * 60 + s) * 1000 + frac - offset_millis;
    }
    Some(millis)
}

fn split_offset(time: &str) -> Option<(&str, i64)> {
    if let Some(clock) = time.strip_suffix(['Z', 'z']) {
        return Some((clock, 0));
    }
    if let Some(i) = time.rfind(['+', '-']) {
        let sign = if time.as_bytes().get(i) == Some(&b'-') {
            -1
        } else {
            1
        };
        let off = time.get(i + 1..)?;
        let (oh, om) = match off.split_once(':') {
            Some((h, m)) => (h, m),
            // `get` rather than slicing: the offset is untrusted text and may hold a
            // multi-byte character where the hour's digits should end.
            None if off.len() == 4 => (off.get(..2)?, off.get(2..)?),
            None => (off, "00"),
        };
        let oh: i64 = parse_digits(oh, 2, 2)?;
        let om: i64 = parse_digits(om, 2, 2)?;
        if oh > 23 || om > 59 {
            return None;
        }
        return Some((time.get(..i)?, sign * (oh * 60 + om) * 60_000));
    }
    // No zone designator: AWS reads such times as UTC.
    Some((time, 0))
}

fn parse_digits(s: &str, min: usize, max: usize) -> Option<i64> {
    if s.len() < min || s.len() > max || !s.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    s.parse().ok()
}

fn is_leap(y: i64) -> bool {
    (y % 4 == 0 && y % 100 != 0) || y % 400 == 0
}

fn days_in_month(y: i64, m: i64) -> i64 {
    match m {
        2 if is_leap(y) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

/// Days from 1970-01-01 to the given proleptic Gregorian date.
fn days_from_civil(y: i64, m: i64, d: i64) -> i64 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (m + 9) % 12;
    let doy = (153 * mp + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

fn civil_from_days(z: i64) -> (i64, i64, i64) {
    let z = z + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let y = yoe + era * 400;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    (if m <= 2 { y + 1 } else { y }, m, d)
}

/// Formats milliseconds since the epoch as `YYYY-MM-DDTHH:MM:SSZ`.
pub(crate) fn format_iso8601(millis: i64) -> String {
    let secs = millis.div_euclid(1000);
    let (y, m, d) = civil_from_days(secs.div_euclid(86_400));
    let rem = secs.rem_euclid(86_400);
    format!(
        "{y:04}-{m:02}-{d:02}T{:02}:{:02}:{:02}Z",
        rem / 3600,
        rem / 60 % 60,
        rem % 60
    )
}

/// An IPv4 or IPv6 range in CIDR notation; a bare address is a single-address range.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Cidr {
    network: IpAddr,
    prefix: u8,
}

impl Cidr {
    pub(crate) fn parse(text: &str) -> Option<Cidr> {
        let t = text.trim();
        let (addr, prefix) = match t.split_once('/') {
            Some((a, p)) => (a.parse::<IpAddr>().ok()?, Some(parse_digits(p, 1, 3)?)),
            None => (t.parse::<IpAddr>().ok()?, None),
        };
        let max = if addr.is_ipv4() { 32 } else { 128 };
        let prefix = u8::try_from(prefix.unwrap_or(max)).ok()?;
        if i64::from(prefix) > max {
            return None;
        }
        Some(Cidr {
            network: addr,
            prefix,
        })
    }

    pub(crate) fn contains(&self, ip: IpAddr) -> bool {
        match (self.network, ip) {
            (IpAddr::V4(n), IpAddr::V4(a)) => {
                let mask = u32::MAX
                    .checked_shl(32 - u32::from(self.prefix))
                    .unwrap_or(0);
                u32::from(n) & mask == u32::from(a) & mask
            }
            (IpAddr::V6(n), IpAddr::V6(a)) => {
                let mask = u128::MAX
                    .checked_shl(128 - u32::from(self.prefix))
                    .unwrap_or(0);
                u128::from(n) & mask == u128::from(a) & mask
            }
            _ => false,
        }
    }
}

const B64: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

pub(crate) fn to_base64(bytes: &[u8]) -> String {
    let mut out = String::with_capacity(bytes.len().div_ceil(3) * 4);
    for chunk in bytes.chunks(3) {
        let b = [
            chunk.first().copied().unwrap_or(0),
            chunk.get(1).copied().unwrap_or(0),
            chunk.get(2).copied().unwrap_or(0),
        ];
        let n = (u32::from(b[0]) << 16) | (u32::from(b[1]) << 8) | u32::from(b[2]);
        for i in 0..4 {
            if i <= chunk.len() {
                let digit = B64
                    .get((n >> (18 - 6 * i)) as usize & 63)
                    .copied()
                    .unwrap_or(b'A');
                out.push(char::from(digit));
            } else {
                out.push('=');
            }
        }
    }
    out
}

pub(crate) fn from_base64(text: &str) -> Option<Vec<u8>> {
    let t = text.trim().trim_end_matches('=');
    let mut out = Vec::with_capacity(t.len() * 3 / 4);
    let mut acc = 0u32;
    let mut bits = 0;
    for b in t.bytes() {
        let v = B64.iter().position(|&c| c == b)?;
        acc = (acc << 6) | u32::try_from(v).ok()?;
        bits += 6;
        if bits >= 8 {
            bits -= 8;
            out.push(u8::try_from((acc >> bits) & 0xFF).ok()?);
        }
    }
    (bits < 6).then_some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates() {
        assert_eq!(parse_date("1970-01-01T00:00:00Z"), Some(0));
        assert_eq!(parse_date("2020-02-29"), Some(1_582_934_400_000));
        assert_eq!(parse_date("2020-02-30"), None);
        assert_eq!(parse_date("1582934400"), Some(1_582_934_400_000));
        assert_eq!(
            parse_date("2020-02-29T01:00:00+01:00"),
            Some(1_582_934_400_000)
        );
        assert_eq!(
            parse_date("2020-02-29T00:00:00.5Z"),
            Some(1_582_934_400_500)
        );
        assert_eq!(parse_date("yesterday"), None);
        // Multi-byte characters where digits should be are refused, never sliced through.
        for bad in [
            "2020-01-01T10:00:00+aéb",
            "2020-01-01T10:00:00-1é1",
            "2020-01-01T+xÿy",
            "2020-01-01T10:00:00.é",
            "2é20-01-01",
            "-é",
        ] {
            assert_eq!(parse_date(bad), None, "{bad}");
        }
        assert_eq!(format_iso8601(1_582_934_400_000), "2020-02-29T00:00:00Z");
    }

    #[test]
    fn cidrs() {
        let c = Cidr::parse("203.0.113.0/24");
        assert!(
            c.is_some_and(|c| c.contains("203.0.113.9".parse().unwrap_or(IpAddr::V4(0.into()))))
        );
        let c = Cidr::parse("2001:db8::/32");
        assert!(
            c.is_some_and(|c| c.contains("2001:db8:1::1".parse().unwrap_or(IpAddr::V4(0.into()))))
        );
        assert!(Cidr::parse("10.0.0.0/33").is_none());
        assert!(
            Cidr::parse("0.0.0.0/0")
                .is_some_and(|c| c.contains("8.8.8.8".parse().unwrap_or(IpAddr::V4(0.into()))))
        );
    }

    #[test]
    fn base64_round_trip() {
        for s in ["", "a", "ab", "abc", "abcd"] {
            assert_eq!(
                from_base64(&to_base64(s.as_bytes())).as_deref(),
                Some(s.as_bytes())
            );
        }
        assert_eq!(to_base64(b"QmluYXJ5"), "UW1sdVlYSjU=");
    }
}
