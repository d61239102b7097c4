//! Instants as the verifier sees them: Unix milliseconds, parsed from `xs:dateTime`.

use std::fmt;

/// A point in time in milliseconds since the Unix epoch (UTC). The caller supplies
/// "now"; the crate never reads a clock.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Timestamp(pub i64);

impl Timestamp {
    /// Parses an `xs:dateTime` (`2024-01-02T03:04:05.678Z`, an offset such as
    /// `+01:00`, or no zone at all, which SAML requires to mean UTC).
    pub fn parse_xs_datetime(text: &str) -> Option<Timestamp> {
        let b = text.trim().as_bytes();
        let (head, tail) = (b.get(..19)?, b.get(19..)?);
        let [
            y0,
            y1,
            y2,
            y3,
            b'-',
            mo0,
            mo1,
            b'-',
            d0,
            d1,
            b'T',
            h0,
            h1,
            b':',
            mi0,
            mi1,
            b':',
            s0,
            s1,
        ] = *<&[u8; 19]>::try_from(head).ok()?
        else {
            return None;
        };
        let year = digits(&[y0, y1, y2, y3])?;
        let month = digits(&[mo0, mo1])?;
        let day = digits(&[d0, d1])?;
        let (hour, minute, second) = (digits(&[h0, h1])?, digits(&[mi0, mi1])?, digits(&[s0, s1])?);
        if !(1..=12).contains(&month)
            || day == 0
            || day > days_in_month(year, month)
            || hour > 23
            || minute > 59
            || second > 60
        {
            return None;
        }
        let mut tail = tail;
        let mut millis = 0i64;
        if let Some(after_dot) = tail.strip_prefix(b".") {
            let frac_len = after_dot.iter().take_while(|c| c.is_ascii_digit()).count();
            if frac_len == 0 {
                return None;
            }
            let (frac, rest) = after_dot.split_at(frac_len);
            let mut scale = 100;
            for &c in frac.iter().take(3) {
                millis += i64::from(c - b'0') * scale;
                scale /= 10;
            }
            tail = rest;
        }
        let offset_secs = match tail {
            [] | [b'Z'] => 0,
            [sign @ (b'+' | b'-'), h1, h2, b':', m1, m2] => {
                let h = digits(&[*h1, *h2])?;
                let m = digits(&[*m1, *m2])?;
                if h > 14 || m > 59 {
                    return None;
                }
                let secs = h * 3600 + m * 60;
                if *sign == b'+' { secs } else { -secs }
            }
            _ => return None,
        };
        let days = days_from_civil(year, month, day);
        let secs = days * 86_400 + hour * 3600 + minute * 60 + second - offset_secs;
        Some(Timestamp(secs * 1000 + millis))
    }

    /// Adds a signed number of milliseconds, saturating.
    pub fn add_millis(self, millis: i64) -> Timestamp {
        Timestamp(self.0.saturating_add(millis))
    }
}

impl fmt::Display for Timestamp {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let secs = self.0.div_euclid(1000);
        let millis = self.0.rem_euclid(1000);
        let days = secs.div_euclid(86_400);
        let sod = secs.rem_euclid(86_400);
        let (y, m, d) = civil_from_days(days);
        write!(
            f,
            "{y:04}-{m:02}-{d:02}T{:02}:{:02}:{:02}",
            sod / 3600,
            (sod / 60) % 60,
            sod % 60
        )?;
        if millis != 0 {
            write!(f, ".{millis:03}")?;
        }
        f.write_str("Z")
    }
}

fn digits(b: &[u8]) -> Option<i64> {
    let mut v = 0i64;
    for &c in b {
        if !c.is_ascii_digit() {
            return None;
        }
        v = v * 10 + i64::from(c - b'0');
    }
    Some(v)
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

// Howard Hinnant's civil calendar arithmetic (proleptic Gregorian).
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

#[cfg(test)]
mod tests {
    use super::Timestamp;

    #[test]
    fn parses_the_forms_idps_send() {
        let z = Timestamp::parse_xs_datetime("2014-07-17T01:01:48Z").unwrap();
        assert_eq!(z, Timestamp(1_405_558_908_000));
        assert_eq!(
            Timestamp::parse_xs_datetime("2014-07-17T01:01:48.123Z").unwrap(),
            Timestamp(1_405_558_908_123)
        );
        assert_eq!(
            Timestamp::parse_xs_datetime("2014-07-17T03:01:48+02:00").unwrap(),
            z
        );
        assert_eq!(
            Timestamp::parse_xs_datetime("2014-07-17T01:01:48").unwrap(),
            z
        );
        assert_eq!(z.to_string(), "2014-07-17T01:01:48Z");
        for bad in [
            "2014-13-17T01:01:48Z",
            "2014-02-30T00:00:00Z",
            "x",
            "2014-07-17T01:01:48Q",
            "2014-07-17T01:01:48.",
        ] {
            assert_eq!(Timestamp::parse_xs_datetime(bad), None, "{bad}");
        }
    }
}
