//! A UTC instant with the three textual and numeric forms the AWS protocols use.

use std::fmt;

/// Seconds and nanoseconds since the Unix epoch, UTC.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub struct Timestamp {
    secs: i64,
    nanos: u32,
}

/// Why a timestamp could not be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TimestampError(&'static str);

impl fmt::Display for TimestampError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.0)
    }
}

impl std::error::Error for TimestampError {}

// Years 0..=9999 keep every textual form four digits wide.
const MIN_SECS: i64 = -62_167_219_200;
const MAX_SECS: i64 = 253_402_300_799;

const MONTHS: [&str; 12] = [
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
];
const WEEKDAYS: [&str; 7] = ["Thu", "Fri", "Sat", "Sun", "Mon", "Tue", "Wed"];

impl Timestamp {
    /// `None` when `nanos` is not below one second or the instant is outside years 0–9999.
    pub fn new(secs: i64, nanos: u32) -> Option<Self> {
        (nanos < 1_000_000_000 && (MIN_SECS..=MAX_SECS).contains(&secs))
            .then_some(Self { secs, nanos })
    }

    pub fn from_epoch_secs(secs: i64) -> Option<Self> {
        Self::new(secs, 0)
    }

    pub fn from_epoch_millis(millis: i64) -> Option<Self> {
        let nanos = u32::try_from(millis.rem_euclid(1000) * 1_000_000).ok()?;
        Self::new(millis.div_euclid(1000), nanos)
    }

    /// Reads fractional epoch seconds, rounded to the millisecond as the SDKs send them.
    pub fn from_epoch_f64(secs: f64) -> Option<Self> {
        if !secs.is_finite() {
            return None;
        }
        let millis = (secs * 1000.0).round();
        if millis.abs() > 1e17 {
            return None;
        }
        #[expect(clippy::cast_possible_truncation, reason = "range checked above")]
        Self::from_epoch_millis(millis as i64)
    }

    pub fn epoch_secs(&self) -> i64 {
        self.secs
    }

    pub fn subsec_nanos(&self) -> u32 {
        self.nanos
    }

    pub fn epoch_millis(&self) -> i64 {
        self.secs * 1000 + i64::from(self.nanos / 1_000_000)
    }

    #[expect(
        clippy::cast_precision_loss,
        reason = "epoch seconds in f64 is the wire form"
    )]
    pub fn epoch_f64(&self) -> f64 {
        self.secs as f64 + f64::from(self.nanos) / 1e9
    }

    /// `2011-06-15T12:00:00Z`, with milliseconds only when there are any.
    pub fn to_iso8601(&self) -> String {
        let (y, mo, d, h, mi, s) = self.civil();
        let millis = self.nanos / 1_000_000;
        if millis == 0 {
            format!("{y:04}-{mo:02}-{d:02}T{h:02}:{mi:02}:{s:02}Z")
        } else {
            format!("{y:04}-{mo:02}-{d:02}T{h:02}:{mi:02}:{s:02}.{millis:03}Z")
        }
    }

    /// The IMF-fixdate form of RFC 7231, used in HTTP headers.
    pub fn to_http_date(&self) -> String {
        let (y, mo, d, h, mi, s) = self.civil();
        let weekday =
            WEEKDAYS[usize::try_from(self.secs.div_euclid(86_400).rem_euclid(7)).unwrap_or(0)];
        let month = MONTHS[usize::try_from(mo - 1).unwrap_or(0)];
        format!("{weekday}, {d:02} {month} {y:04} {h:02}:{mi:02}:{s:02} GMT")
    }

    /// Accepts `YYYY-MM-DDThh:mm:ss[.fff][Z|±hh:mm]`.
    pub fn parse_iso8601(text: &str) -> Result<Self, TimestampError> {
        let bad = TimestampError("not an ISO 8601 date-time");
        let b = text.as_bytes();
        let (head, mut rest) = (
            b.get(..19).ok_or(bad.clone())?,
            b.get(19..).unwrap_or_default(),
        );
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
            b'T' | b't' | b' ',
            h0,
            h1,
            b':',
            mi0,
            mi1,
            b':',
            s0,
            s1,
        ] = *<&[u8; 19]>::try_from(head).map_err(|_| bad.clone())?
        else {
            return Err(bad);
        };
        let y = digits(&[y0, y1, y2, y3]).ok_or(bad.clone())?;
        let mo = digits(&[mo0, mo1]).ok_or(bad.clone())?;
        let d = digits(&[d0, d1]).ok_or(bad.clone())?;
        let h = digits(&[h0, h1]).ok_or(bad.clone())?;
        let mi = digits(&[mi0, mi1]).ok_or(bad.clone())?;
        let s = digits(&[s0, s1]).ok_or(bad.clone())?;
        let mut nanos = 0u32;
        if let Some((b'.', frac)) = rest.split_first() {
            let n = frac.iter().take_while(|c| c.is_ascii_digit()).count();
            if n == 0 || n > 9 {
                return Err(bad);
            }
            let (frac, after) = frac.split_at(n);
            let mut v = digits(frac).ok_or(bad.clone())?;
            for _ in n..9 {
                v *= 10;
            }
            nanos = u32::try_from(v).map_err(|_| bad.clone())?;
            rest = after;
        }
        let offset = match rest {
            b"Z" | b"z" => 0,
            [sign @ (b'+' | b'-'), oh1, oh2, b':', om1, om2] => {
                let oh = digits(&[*oh1, *oh2]).ok_or(bad.clone())?;
                let om = digits(&[*om1, *om2]).ok_or(bad.clone())?;
                let off = oh * 3600 + om * 60;
                if *sign == b'-' { -off } else { off }
            }
            _ => return Err(bad),
        };
        let secs = civil_to_secs(y, mo, d, h, mi, s).ok_or(bad.clone())? - offset;
        Self::new(secs, nanos).ok_or(bad)
    }

    /// Accepts the IMF-fixdate form (`Sun, 06 Nov 1994 08:49:37 GMT`).
    pub fn parse_http_date(text: &str) -> Result<Self, TimestampError> {
        let bad = TimestampError("not an HTTP date");
        let b = text.as_bytes();
        let [
            _,
            _,
            _,
            b',',
            b' ',
            d0,
            d1,
            b' ',
            m0,
            m1,
            m2,
            b' ',
            y0,
            y1,
            y2,
            y3,
            b' ',
            h0,
            h1,
            b':',
            mi0,
            mi1,
            b':',
            s0,
            s1,
            b' ',
            b'G',
            b'M',
            b'T',
        ] = *<&[u8; 29]>::try_from(b).map_err(|_| bad.clone())?
        else {
            return Err(bad);
        };
        let d = digits(&[d0, d1]).ok_or(bad.clone())?;
        let month = [m0, m1, m2];
        let mo = MONTHS
            .iter()
            .position(|m| m.as_bytes() == month)
            .ok_or(bad.clone())?;
        let y = digits(&[y0, y1, y2, y3]).ok_or(bad.clone())?;
        let h = digits(&[h0, h1]).ok_or(bad.clone())?;
        let mi = digits(&[mi0, mi1]).ok_or(bad.clone())?;
        let s = digits(&[s0, s1]).ok_or(bad.clone())?;
        let mo = i64::try_from(mo).map_err(|_| bad.clone())? + 1;
        let secs = civil_to_secs(y, mo, d, h, mi, s).ok_or(bad.clone())?;
        Self::new(secs, 0).ok_or(bad)
    }

    fn civil(&self) -> (i64, i64, i64, i64, i64, i64) {
        let days = self.secs.div_euclid(86_400);
        let tod = self.secs.rem_euclid(86_400);
        // Days to civil date, after Howard Hinnant's public-domain algorithm.
        let z = days + 719_468;
        let era = z.div_euclid(146_097);
        let doe = z - era * 146_097;
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let d = doy - (153 * mp + 2) / 5 + 1;
        let m = if mp < 10 { mp + 3 } else { mp - 9 };
        let y = yoe + era * 400 + i64::from(m <= 2);
        (y, m, d, tod / 3600, tod % 3600 / 60, tod % 60)
    }
}

impl fmt::Display for Timestamp {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.to_iso8601())
    }
}

fn digits(b: &[u8]) -> Option<i64> {
    b.iter().try_fold(0i64, |acc, c| {
        c.is_ascii_digit().then(|| acc * 10 + i64::from(c - b'0'))
    })
}

fn civil_to_secs(y: i64, mo: i64, d: i64, h: i64, mi: i64, s: i64) -> Option<i64> {
    if !(1..=12).contains(&mo) || d < 1 || h > 23 || mi > 59 || s > 60 {
        return None;
    }
    let leap = y % 4 == 0 && (y % 100 != 0 || y % 400 == 0);
    let month_len = [
        31,
        if leap { 29 } else { 28 },
        31,
        30,
        31,
        30,
        31,
        31,
        30,
        31,
        30,
        31,
    ];
    if d > month_len[usize::try_from(mo - 1).ok()?] {
        return None;
    }
    let y = if mo <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = if mo > 2 { mo - 3 } else { mo + 9 };
    let doy = (153 * mp + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    let days = era * 146_097 + doe - 719_468;
    // A leap second is folded into the next second, as the SDKs do.
    Some(days * 86_400 + h * 3600 + mi * 60 + s)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn iso8601_round_trips_and_rejects_garbage() {
        let t = Timestamp::parse_iso8601("2011-06-15T12:34:56Z").unwrap();
        assert_eq!(t.epoch_secs(), 1_308_141_296);
        assert_eq!(t.to_iso8601(), "2011-06-15T12:34:56Z");
        let t = Timestamp::parse_iso8601("2024-02-29T23:59:59.5+01:00").unwrap();
        assert_eq!(t.to_iso8601(), "2024-02-29T22:59:59.500Z");
        for bad in [
            "",
            "2011-06-15",
            "2011-13-01T00:00:00Z",
            "2023-02-29T00:00:00Z",
            "2011-06-15T12:34:56",
            "２011-06-15T12:34:56Z",
        ] {
            assert!(Timestamp::parse_iso8601(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn http_date_matches_rfc_7231_example() {
        let t = Timestamp::parse_http_date("Sun, 06 Nov 1994 08:49:37 GMT").unwrap();
        assert_eq!(t.epoch_secs(), 784_111_777);
        assert_eq!(t.to_http_date(), "Sun, 06 Nov 1994 08:49:37 GMT");
    }

    #[test]
    fn epoch_forms_agree() {
        let t = Timestamp::from_epoch_f64(1_700_000_000.123).unwrap();
        assert_eq!(t.epoch_millis(), 1_700_000_000_123);
        assert_eq!(
            Timestamp::from_epoch_millis(-1).unwrap().to_iso8601(),
            "1969-12-31T23:59:59.999Z"
        );
        assert!(Timestamp::from_epoch_f64(f64::NAN).is_none());
    }
}
