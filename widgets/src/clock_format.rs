//! Times as text: the civil date and time of a Unix instant in a time zone, written by an
//! ArkUI format pattern (`TextClock`'s "aa hh:mm:ss", `TextTimer`'s "HH:mm:ss.SS").

/// A date and time of day, in one time zone.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct CivilTime {
    pub(crate) year: i64,
    /// 1..=12.
    pub(crate) month: u32,
    /// 1..=31.
    pub(crate) day: u32,
    /// 1..=366.
    pub(crate) day_of_year: u32,
    /// 0 Sunday ..= 6 Saturday.
    pub(crate) weekday: u32,
    pub(crate) hour: u32,
    pub(crate) minute: u32,
    pub(crate) second: u32,
    pub(crate) millis: u32,
}

/// Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's algorithm).
pub(crate) fn days_from_civil(y: i64, m: u32, d: u32) -> i64 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let m = i64::from(m);
    let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + i64::from(d) - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// The civil date of a day count since 1970-01-01.
fn civil_from_days(z: i64) -> (i64, u32, u32) {
    let z = z + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let m = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    let y = yoe + era * 400 + i64::from(m <= 2);
    (y, m, d)
}

/// The civil time of Unix instant `unix_ms` at `offset_minutes` east of UTC. Non-finite
/// instants are the epoch.
pub(crate) fn civil(unix_ms: f64, offset_minutes: i32) -> CivilTime {
    let ms = if unix_ms.is_finite() {
        unix_ms.clamp(-1e17, 1e17) as i64
    } else {
        0
    } + i64::from(offset_minutes) * 60_000;
    let days = ms.div_euclid(86_400_000);
    let in_day = ms.rem_euclid(86_400_000);
    let (year, month, day) = civil_from_days(days);
    CivilTime {
        year,
        month,
        day,
        day_of_year: (days - days_from_civil(year, 1, 1) + 1) as u32,
        weekday: (days + 4).rem_euclid(7) as u32,
        hour: (in_day / 3_600_000) as u32,
        minute: (in_day / 60_000 % 60) as u32,
        second: (in_day / 1000 % 60) as u32,
        millis: (in_day % 1000) as u32,
    }
}

const WEEKDAYS: [&str; 7] = [
    "Sunday",
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
];

/// One piece of a pattern: a run of one letter, or literal text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) enum Token {
    /// `letter` repeated `count` times.
    Field(char, usize),
    Literal(String),
}

/// Split `pattern` into fields (runs of one ASCII letter) and literals (everything else).
/// Letters `valid` does not accept are dropped, as ArkUI ignores them.
pub(crate) fn tokens(pattern: &str, valid: &str) -> Vec<Token> {
    let mut out: Vec<Token> = Vec::new();
    let mut chars = pattern.chars().peekable();
    while let Some(c) = chars.next() {
        if c.is_ascii_alphabetic() {
            let mut count = 1;
            while chars.peek() == Some(&c) {
                chars.next();
                count += 1;
            }
            if valid.contains(c) {
                out.push(Token::Field(c, count));
            }
        } else if let Some(Token::Literal(s)) = out.last_mut() {
            s.push(c);
        } else {
            out.push(Token::Literal(c.to_string()));
        }
    }
    out
}

/// The letters a `TextClock` pattern uses.
pub(crate) const CLOCK_LETTERS: &str = "yMdDEHhmsSa";

/// `TextClock`'s pattern (ArkUI's "aa hh:mm:ss") written for time `t`: `yyyy`/`yy` year,
/// `M`/`MM` month, `d`/`dd` day, `D` day of the year, `E`..`EEE` short and `EEEE` full
/// weekday, `H`/`HH` 24-hour and `h`/`hh` 12-hour hour, `m`/`mm`, `s`/`ss`, `S`/`SS`
/// hundredths and `SSS` thousandths of a second, `a` AM/PM (not with `H`). Other
/// characters are written as they are.
pub(crate) fn format_clock(tokens: &[Token], t: &CivilTime) -> String {
    let has_24h = tokens.iter().any(|k| matches!(k, Token::Field('H', _)));
    let mut out = String::new();
    let pad = |out: &mut String, v: u32, n: usize| {
        if n >= 2 {
            out.push_str(&format!("{v:02}"));
        } else {
            out.push_str(&v.to_string());
        }
    };
    for token in tokens {
        match token {
            Token::Literal(s) => out.push_str(s),
            Token::Field('y', 2) => out.push_str(&format!("{:02}", t.year.rem_euclid(100))),
            Token::Field('y', _) => out.push_str(&format!("{:04}", t.year)),
            Token::Field('M', n) => pad(&mut out, t.month, *n),
            Token::Field('d', n) => pad(&mut out, t.day, *n),
            Token::Field('D', _) => out.push_str(&t.day_of_year.to_string()),
            Token::Field('E', n) => {
                let name = WEEKDAYS[t.weekday as usize % 7];
                out.push_str(if *n >= 4 { name } else { &name[..3] });
            }
            Token::Field('H', n) => pad(&mut out, t.hour, *n),
            Token::Field('h', n) => {
                let h = match t.hour % 12 {
                    0 => 12,
                    h => h,
                };
                pad(&mut out, h, *n);
            }
            Token::Field('m', n) => pad(&mut out, t.minute, *n),
            Token::Field('s', n) => pad(&mut out, t.second, *n),
            Token::Field('S', n) if *n >= 3 => out.push_str(&format!("{:03}", t.millis)),
            Token::Field('S', _) => out.push_str(&format!("{:02}", t.millis / 10)),
            Token::Field('a', _) if !has_24h => {
                out.push_str(if t.hour < 12 { "AM" } else { "PM" });
            }
            Token::Field(..) => {}
        }
    }
    out
}

/// The letters a `TextTimer` pattern uses.
pub(crate) const TIMER_LETTERS: &str = "HmsS";

/// `TextTimer`'s pattern (ArkUI's "HH:mm:ss.SS") written for a duration of `ms`: `HH`
/// hours, `mm` minutes, `ss` seconds, `S` tenths, `SS` hundredths, `SSS` thousandths. The
/// largest unit in the pattern is not wrapped ("mm:ss" shows 75:00 for an hour and a quarter).
pub(crate) fn format_duration(tokens: &[Token], ms: f64) -> String {
    let ms = if ms.is_finite() {
        ms.max(0.0) as u64
    } else {
        0
    };
    let largest = ['H', 'm', 's', 'S']
        .into_iter()
        .find(|c| {
            tokens
                .iter()
                .any(|k| matches!(k, Token::Field(l, _) if l == c))
        })
        .unwrap_or('S');
    let mut out = String::new();
    for token in tokens {
        match token {
            Token::Literal(s) => out.push_str(s),
            Token::Field(c, n) => {
                let (value, wrap) = match c {
                    'H' => (ms / 3_600_000, u64::MAX),
                    'm' => (ms / 60_000, 60),
                    's' => (ms / 1000, 60),
                    _ => (ms % 1000, u64::MAX),
                };
                let value = if *c == largest { value } else { value % wrap };
                match (c, n) {
                    ('S', 1) => out.push_str(&(value / 100).to_string()),
                    ('S', 2) => out.push_str(&format!("{:02}", value / 10)),
                    ('S', _) => out.push_str(&format!("{value:03}")),
                    (_, 1) => out.push_str(&value.to_string()),
                    _ => out.push_str(&format!("{value:02}")),
                }
            }
        }
    }
    out
}

/// The smallest unit a `TextTimer` pattern shows, in ms: what its display and `onTimer`
/// step by.
pub(crate) fn smallest_unit_ms(tokens: &[Token]) -> f64 {
    let mut unit = 3_600_000.0f64;
    for token in tokens {
        let u = match token {
            Token::Field('H', _) => 3_600_000.0,
            Token::Field('m', _) => 60_000.0,
            Token::Field('s', _) => 1000.0,
            Token::Field('S', 1) => 100.0,
            Token::Field('S', 2) => 10.0,
            Token::Field('S', _) => 1.0,
            _ => continue,
        };
        unit = unit.min(u);
    }
    unit
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn civil_dates_round_trip_and_know_their_weekday() {
        for days in [-800_000i64, -1, 0, 59, 11_016, 19_782, 2_932_896] {
            let (y, m, d) = civil_from_days(days);
            assert_eq!(days_from_civil(y, m, d), days);
        }
        // 2023-11-14 22:13:20 UTC was a Tuesday.
        let t = civil(1_700_000_000_000.0, 0);
        assert_eq!((t.year, t.month, t.day), (2023, 11, 14));
        assert_eq!((t.hour, t.minute, t.second, t.weekday), (22, 13, 20, 2));
        assert_eq!(t.day_of_year, 318);
        // Eight hours east it is already Wednesday.
        let t = civil(1_700_000_000_000.0, 480);
        assert_eq!((t.day, t.hour, t.weekday), (15, 6, 3));
        assert_eq!(civil(f64::NAN, 0).year, 1970);
    }

    #[test]
    fn clock_patterns() {
        let t = civil(1_700_000_000_123.0, 0);
        let f = |p: &str| format_clock(&tokens(p, CLOCK_LETTERS), &t);
        assert_eq!(f("aa hh:mm:ss"), "PM 10:13:20");
        assert_eq!(f("HH:mm:ss.SSS"), "22:13:20.123");
        assert_eq!(f("yyyy/MM/dd EEEE"), "2023/11/14 Tuesday");
        assert_eq!(f("yy-M-d E"), "23-11-14 Tue");
        assert_eq!(f("a HH"), " 22", "AM/PM is dropped with a 24-hour hour");
        assert_eq!(f("hh:mm:ss.SS"), "10:13:20.12");
        assert_eq!(f("xq hh"), " 10", "unknown letters are ignored");
        assert_eq!(f("D"), "318");
    }

    #[test]
    fn timer_patterns() {
        let t = |p: &str, ms: f64| format_duration(&tokens(p, TIMER_LETTERS), ms);
        assert_eq!(t("HH:mm:ss.SS", 3_723_456.0), "01:02:03.45");
        assert_eq!(t("mm:ss", 4_500_000.0), "75:00");
        assert_eq!(t("ss.S", 61_250.0), "61.2");
        assert_eq!(t("HH:mm:ss.SSS", -5.0), "00:00:00.000");
        assert_eq!(
            smallest_unit_ms(&tokens("HH:mm:ss.SS", TIMER_LETTERS)),
            10.0
        );
        assert_eq!(smallest_unit_ms(&tokens("mm:ss", TIMER_LETTERS)), 1000.0);
    }
}
