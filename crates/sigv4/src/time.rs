//! Request timestamps: basic ISO 8601 (`20150830T123600Z`) and IMF-fixdate, to and from unix seconds.

/// Reads `YYYYMMDDTHHMMSSZ` into unix seconds.
pub fn parse_basic(s: &str) -> Option<i64> {
    let [
        y0,
        y1,
        y2,
        y3,
        mo0,
        mo1,
        d0,
        d1,
        b'T',
        h0,
        h1,
        mi0,
        mi1,
        s0,
        s1,
        b'Z',
    ] = *<&[u8; 16]>::try_from(s.as_bytes()).ok()?
    else {
        return None;
    };
    to_unix(
        digits(&[y0, y1, y2, y3])?,
        digits(&[mo0, mo1])?,
        digits(&[d0, d1])?,
        digits(&[h0, h1])?,
        digits(&[mi0, mi1])?,
        digits(&[s0, s1])?,
    )
}

/// Reads an HTTP date (`Sun, 30 Aug 2015 12:36:00 GMT`) or, as some clients send in `Date`,
/// basic ISO 8601.
pub fn parse_http_date(s: &str) -> Option<i64> {
    let s = s.trim();
    if let Some(t) = parse_basic(s) {
        return Some(t);
    }
    // IMF-fixdate only: the obsolete RFC 850 and asctime forms are not sent by AWS clients.
    // `Sun, 30 Aug 2015 12:36:00 GMT`: the weekday is not checked, as AWS does not.
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
    ] = *<&[u8; 29]>::try_from(s.as_bytes()).ok()?
    else {
        return None;
    };
    let month = MONTHS.iter().position(|m| m.as_bytes() == [m0, m1, m2])? as i64 + 1;
    to_unix(
        digits(&[y0, y1, y2, y3])?,
        month,
        digits(&[d0, d1])?,
        digits(&[h0, h1])?,
        digits(&[mi0, mi1])?,
        digits(&[s0, s1])?,
    )
}

const MONTHS: [&str; 12] = [
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
];

/// Writes unix seconds as `YYYYMMDDTHHMMSSZ`.
pub fn format_basic(t: i64) -> String {
    let buf = format_basic_bytes(t);
    // Every byte written below is an ASCII digit, 'T' or 'Z'.
    String::from_utf8_lossy(&buf).into_owned()
}

/// [`format_basic`] without the allocation: this runs on every verification.
pub(crate) fn format_basic_bytes(t: i64) -> [u8; 16] {
    let days = t.div_euclid(86_400);
    let secs = t.rem_euclid(86_400);
    let (y, m, d) = civil_from_days(days);
    let mut out = *b"00000000T000000Z";
    // Years outside 0..=9999 cannot come from a parsed timestamp; clamp rather than overflow
    // the fixed width.
    put_digits(&mut out[0..4], y.clamp(0, 9999));
    put_digits(&mut out[4..6], m);
    put_digits(&mut out[6..8], d);
    put_digits(&mut out[9..11], secs / 3600);
    put_digits(&mut out[11..13], (secs / 60) % 60);
    put_digits(&mut out[13..15], secs % 60);
    out
}

fn put_digits(dst: &mut [u8], mut v: i64) {
    for slot in dst.iter_mut().rev() {
        // `v % 10` is in 0..10 for the non-negative values passed here.
        *slot = b'0' + (v.rem_euclid(10) as u8);
        v /= 10;
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

fn to_unix(year: i64, month: i64, day: i64, hour: i64, minute: i64, second: i64) -> Option<i64> {
    if !(1..=12).contains(&month)
        || day < 1
        || day > days_in_month(year, month)
        || hour > 23
        || minute > 59
        || second > 59
    {
        return None;
    }
    Some(days_from_civil(year, month, day) * 86_400 + hour * 3600 + minute * 60 + second)
}

fn days_in_month(year: i64, month: i64) -> i64 {
    match month {
        2 if (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

// Howard Hinnant's days-from-civil: proleptic Gregorian, exact for every i64 year we accept.
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
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    (
        if m <= 2 {
            yoe + era * 400 + 1
        } else {
            yoe + era * 400
        },
        m,
        d,
    )
}

/// Client input quoted in an error message is cut so that a huge header cannot make a huge
/// response.
pub(crate) fn truncate_for_message(s: &str) -> &str {
    const LIMIT: usize = 512;
    if s.len() <= LIMIT {
        return s;
    }
    let mut end = LIMIT;
    while !s.is_char_boundary(end) {
        end -= 1;
    }
    &s[..end]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn basic_round_trip() {
        let t = parse_basic("20150830T123600Z").unwrap();
        assert_eq!(t, 1_440_938_160);
        assert_eq!(format_basic(t), "20150830T123600Z");
        assert_eq!(format_basic(0), "19700101T000000Z");
        assert_eq!(
            parse_basic("20240229T235959Z").map(format_basic).unwrap(),
            "20240229T235959Z"
        );
    }

    #[test]
    fn rejects_impossible_dates() {
        for s in [
            "20150230T000000Z",
            "20230229T000000Z",
            "20151301T000000Z",
            "20150830T240000Z",
            "20150830T126000Z",
            "2015-08-30T12:36:00Z",
            "20150830T123600",
            "2015083OT123600Z",
            "+0150830T123600Z",
        ] {
            assert_eq!(parse_basic(s), None, "{s}");
        }
    }

    #[test]
    fn http_date() {
        assert_eq!(
            parse_http_date("Sun, 30 Aug 2015 12:36:00 GMT"),
            parse_basic("20150830T123600Z")
        );
        assert_eq!(parse_http_date("Sun, 30 Aug 2015 12:36:00 UTC"), None);
        assert_eq!(parse_http_date("Sun, 30 Foo 2015 12:36:00 GMT"), None);
    }

    #[test]
    fn truncation_respects_char_boundaries() {
        let s = "é".repeat(400);
        let t = truncate_for_message(&s);
        assert!(t.len() <= 512 && t.len() >= 510);
    }
}
