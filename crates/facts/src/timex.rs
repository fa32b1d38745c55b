//! Time expressions with TimeML-style normalised values (TempEval-3 task A), over a whole
//! text with byte offsets. The incident-date rules in `when.rs` pick one date; this module
//! lists every expression so the reading of dates can be measured on TempEval-3
//! (`scripts/eval_timex.sh`). Rules, in order of precedence where spans overlap: full dates,
//! month + year, month + day, weekdays, relative days, relative periods, years, quarters,
//! durations, vague references.

use std::sync::LazyLock;

use jiff::ToSpan;
use jiff::civil::Date;
use regex::Regex;

use crate::text::{month_number, weekday_named};

/// One time expression: byte span in the text, TimeML type and value.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Timex {
    pub start: usize,
    pub end: usize,
    pub kind: &'static str,
    pub value: String,
}

const MONTH: &str = r"(January|February|March|April|May|June|July|August|September|October|November|December|Jan\.|Feb\.|Aug\.|Sept?\.|Oct\.|Nov\.|Dec\.)";

static FULL_DATE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(&format!(r"\b{MONTH}\s+(\d{{1,2}}),?\s+(\d{{4}})\b")).unwrap());
static MONTH_YEAR: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(&format!(r"\b{MONTH},?\s+(\d{{4}})\b")).unwrap());
static MONTH_DAY: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(&format!(r"\b{MONTH}\s+(\d{{1,2}})\b")).unwrap());
static MONTH_ALONE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\b(?:(last|this|next|early|late)\s+)?(January|February|March|April|June|July|August|September|October|November|December)\b|\b(last|this|next)\s+(May)\b").unwrap()
});
/// A decade: "the 1970s", "the late 1980s", "the nineties".
static DECADE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(?:the\s+)?(?:(?:early|mid|late)[\s-])?(?:(1[89]|20)(\d)0s|(twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties))\b").unwrap()
});
/// Units in the plural without a count ("in coming weeks", "recent months"): a duration of
/// unknown length.
static SOME_UNITS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)\b(?:the\s+)?(?:coming|recent|next|past|last)\s+(days|weeks|months|quarters|years)\b",
    )
    .unwrap()
});
/// A weekday, with a time of day before it ("noon Saturday", "10 p.m. Wednesday") or a
/// part of the day after it ("Saturday night"): then a TIME.
static WEEKDAY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i:\b(noon|midnight|(\d{1,2})(?::(\d\d))?\s*([ap])\.?m\.?)\s+(?:[ECMP][SD]T,?\s+)?(?:on\s+)?)?\b(?:(last|next|this)\s+)?(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b(?:\s+(morning|afternoon|evening|night))?",
    )
    .unwrap()
});
static RELATIVE_DAY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(today|tonight|yesterday|tomorrow|this morning|this afternoon|this evening|last night)\b").unwrap()
});
static RELATIVE_PERIOD: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(last|this|next|past)\s+(week|month|year|quarter|decade)\b").unwrap()
});
static YEAR: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"\b(19\d\d|20\d\d)\b").unwrap());
static QUARTER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(?:the\s+)?(first|second|third|fourth)[\s-]quarter\b").unwrap()
});
/// A count of units: spelled numbers to ninety-nine ("twenty four hours").
const COUNT: &str = r"(\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[\s-](?:one|two|three|four|five|six|seven|eight|nine))?|several|few|a few|some|a couple of)";
const UNITS: &str = r"(days?|weeks?|months?|quarters?|years?|hours?|minutes?|decades?)";
/// "two years", "the past two quarters", "the next few weeks": a duration (TimeML counts "the
/// past N units" as one).
static DURATION: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(r"(?i)\b(?:(?:the\s+)?(?:past|last|next|first|coming|previous|following|latest)\s+)?{COUNT}\s+(?:more\s+)?{UNITS}\b")).unwrap()
});
/// "ten days ago", "two years earlier": the date that many units before the document's, to
/// the unit.
static AGO: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(&format!(r"(?i)\b{COUNT}\s+{UNITS}\s+(?:ago|earlier)\b")).unwrap());
static VAGUE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(now|currently|recently|the past|the future|once|previously|formerly)\b")
        .unwrap()
});

fn week_value(d: Date) -> String {
    let iso = d.iso_week_date();
    format!("{}-W{:02}", iso.year(), iso.week())
}

/// The number of a [`COUNT`]: "X" for a vague one ("several", "a few": TimeML's unknown).
fn number(w: &str) -> Option<String> {
    let w = w.to_lowercase();
    let w = w.trim();
    let tens = |t: &str| -> Option<u32> {
        let i = [
            "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
        ]
        .iter()
        .position(|x| *x == t)?;
        Some(20 + 10 * i as u32)
    };
    let n = match w {
        "several" | "few" | "a few" | "some" => return Some("X".into()),
        "a couple of" => 2,
        _ => match w.split_once([' ', '-']) {
            Some((t, o)) => tens(t)? + crate::text::number_value(o).filter(|o| *o < 10)?,
            None => tens(w).or_else(|| crate::text::number_value(w))?,
        },
    };
    Some(n.to_string())
}

/// Every time expression of `text`, resolved against the document date `dct`.
pub fn timexes(text: &str, dct: Date) -> Vec<Timex> {
    let mut out: Vec<Timex> = Vec::new();
    let mut push = |start: usize, end: usize, kind: &'static str, value: String| {
        if !out.iter().any(|t| start < t.end && t.start < end) {
            out.push(Timex {
                start,
                end,
                kind,
                value,
            });
        }
    };
    for c in FULL_DATE.captures_iter(text) {
        let m = c.get(0).unwrap();
        let (mo, d, y): (i8, i8, i16) = (
            month_number(&c[1]).unwrap_or(1),
            c[2].parse().unwrap_or(1),
            c[3].parse().unwrap_or(0),
        );
        if Date::new(y, mo, d).is_ok() {
            push(m.start(), m.end(), "DATE", format!("{y}-{mo:02}-{d:02}"));
        }
    }
    for c in MONTH_YEAR.captures_iter(text) {
        let m = c.get(0).unwrap();
        push(
            m.start(),
            m.end(),
            "DATE",
            format!("{}-{:02}", &c[2], month_number(&c[1]).unwrap_or(1)),
        );
    }
    for c in MONTH_DAY.captures_iter(text) {
        let m = c.get(0).unwrap();
        let (mo, d): (i8, i8) = (month_number(&c[1]).unwrap_or(1), c[2].parse().unwrap_or(1));
        // The year that puts the date nearest the document date.
        let best = [dct.year() - 1, dct.year(), dct.year() + 1]
            .into_iter()
            .filter_map(|y| Date::new(y, mo, d).ok())
            .min_by_key(|x| (*x - dct).get_days().abs());
        if let Some(date) = best {
            push(m.start(), m.end(), "DATE", date.to_string());
        }
    }
    for c in WEEKDAY.captures_iter(text) {
        let m = c.get(0).unwrap();
        let wd = weekday_named(&c[6]);
        let back = (dct.weekday().to_monday_zero_offset() - wd.to_monday_zero_offset())
            .rem_euclid(7) as i64;
        let date = match c.get(5).map(|x| x.as_str().to_lowercase()).as_deref() {
            Some("next") => dct.checked_add(((7 - back) % 7).max(7).days()),
            Some("last") => dct.checked_sub((if back == 0 { 7 } else { back }).days()),
            _ => dct.checked_sub(back.days()),
        };
        let Ok(date) = date else { continue };
        // The time of day, if the expression gives one.
        let clock = match c.get(1).map(|x| x.as_str().to_lowercase()).as_deref() {
            Some("noon") => Some("12:00".to_string()),
            Some("midnight") => Some("24:00".to_string()),
            Some(_) => {
                let h: u32 = c[2].parse().unwrap_or(0);
                let min: u32 = c.get(3).map_or(0, |x| x.as_str().parse().unwrap_or(0));
                let pm = c[4].eq_ignore_ascii_case("p");
                let h = match (h, pm) {
                    (12, false) => 0,
                    (12, true) => 12,
                    (h, true) => h + 12,
                    (h, false) => h,
                };
                (h < 24 && min < 60).then(|| format!("{h:02}:{min:02}"))
            }
            None => None,
        };
        let part = c.get(7).map(|x| match x.as_str().to_lowercase().as_str() {
            "morning" => "MO",
            "afternoon" => "AF",
            "evening" => "EV",
            _ => "NI",
        });
        match (clock, part) {
            (Some(t), _) => push(m.start(), m.end(), "TIME", format!("{date}T{t}")),
            (None, Some(p)) => push(m.start(), m.end(), "TIME", format!("{date}T{p}")),
            (None, None) => push(m.start(), m.end(), "DATE", date.to_string()),
        }
    }
    for c in RELATIVE_DAY.captures_iter(text) {
        let m = c.get(0).unwrap();
        let w = c[1].to_lowercase();
        let date = match w.as_str() {
            "yesterday" | "last night" => dct.checked_sub(1.days()).unwrap_or(dct),
            "tomorrow" => dct.checked_add(1.days()).unwrap_or(dct),
            _ => dct,
        };
        let value = match w.as_str() {
            "tonight" | "last night" => format!("{date}TNI"),
            "this morning" => format!("{date}TMO"),
            "this afternoon" => format!("{date}TAF"),
            "this evening" => format!("{date}TEV"),
            _ => date.to_string(),
        };
        push(
            m.start(),
            m.end(),
            if value.contains('T') { "TIME" } else { "DATE" },
            value,
        );
    }
    for c in RELATIVE_PERIOD.captures_iter(text) {
        let m = c.get(0).unwrap();
        let which = c[1].to_lowercase();
        let unit = c[2].to_lowercase();
        let shift: i64 = match which.as_str() {
            "last" | "past" => -1,
            "next" => 1,
            _ => 0,
        };
        let value = match unit.as_str() {
            "week" => dct
                .checked_add((7 * shift).days())
                .map(week_value)
                .unwrap_or_default(),
            "month" => dct
                .checked_add(shift.months())
                .map(|d| format!("{}-{:02}", d.year(), d.month()))
                .unwrap_or_default(),
            "year" => format!("{}", dct.year() as i64 + shift),
            "quarter" => {
                let q = (dct.month() as i64 - 1) / 3 + shift;
                let (y, q) = (dct.year() as i64 + q.div_euclid(4), q.rem_euclid(4) + 1);
                format!("{y}-Q{q}")
            }
            _ => format!("{}", (dct.year() as i64 / 10 + shift) * 10)
                .trim_end_matches('0')
                .to_string(),
        };
        push(m.start(), m.end(), "DATE", value);
    }
    for c in QUARTER.captures_iter(text) {
        let m = c.get(0).unwrap();
        let q = match c[1].to_lowercase().as_str() {
            "first" => 1,
            "second" => 2,
            "third" => 3,
            _ => 4,
        };
        push(m.start(), m.end(), "DATE", format!("{}-Q{q}", dct.year()));
    }
    for c in MONTH_ALONE.captures_iter(text) {
        let m = c.get(0).unwrap();
        let (which, month) = match c.get(2) {
            Some(month) => (c.get(1), month),
            None => (c.get(3), c.get(4).expect("the other alternative")),
        };
        let mo = month_number(month.as_str()).unwrap_or(1);
        let y = match which.map(|x| x.as_str().to_lowercase()) {
            Some(w) if w == "last" => dct.year() - 1,
            Some(w) if w == "next" => dct.year() + 1,
            _ if mo > dct.month() => dct.year() - 1,
            _ => dct.year(),
        };
        push(m.start(), m.end(), "DATE", format!("{y}-{mo:02}"));
    }
    for c in YEAR.captures_iter(text) {
        let m = c.get(0).unwrap();
        push(m.start(), m.end(), "DATE", c[1].to_string());
    }
    for c in AGO.captures_iter(text) {
        let m = c.get(0).unwrap();
        let Some(n) = number(&c[1]) else { continue };
        let unit = c[2].to_lowercase();
        let unit = unit.trim_end_matches('s');
        // A vague count ("a few years ago") leaves the date's last figure unknown.
        let Ok(k) = n.parse::<i64>() else {
            let value = match unit {
                "year" => format!("{}X", dct.year() / 10),
                _ => "PAST_REF".to_string(),
            };
            push(m.start(), m.end(), "DATE", value);
            continue;
        };
        let value = match unit {
            "day" => dct.checked_sub(k.days()).map(|d| d.to_string()),
            "week" => dct.checked_sub((7 * k).days()).map(week_value),
            "month" => dct
                .checked_sub(k.months())
                .map(|d| format!("{}-{:02}", d.year(), d.month())),
            "year" => Ok(format!("{}", dct.year() as i64 - k)),
            _ => continue,
        };
        if let Ok(value) = value {
            push(m.start(), m.end(), "DATE", value);
        }
    }
    for c in DURATION.captures_iter(text) {
        let m = c.get(0).unwrap();
        let Some(n) = number(&c[1]) else { continue };
        let unit = c[2].to_lowercase();
        let value = match unit.trim_end_matches('s') {
            "day" => format!("P{n}D"),
            "week" => format!("P{n}W"),
            "month" => format!("P{n}M"),
            "quarter" => format!("P{n}Q"),
            "year" => format!("P{n}Y"),
            "decade" => format!("P{n}DE"),
            "hour" => format!("PT{n}H"),
            _ => format!("PT{n}M"),
        };
        push(m.start(), m.end(), "DURATION", value);
    }
    for c in DECADE.captures_iter(text) {
        let m = c.get(0).unwrap();
        let value = match (c.get(1), c.get(2), c.get(3)) {
            (Some(century), Some(d), _) => format!("{}{}", century.as_str(), d.as_str()),
            (_, _, Some(word)) => {
                let d = [
                    "twenties",
                    "thirties",
                    "forties",
                    "fifties",
                    "sixties",
                    "seventies",
                    "eighties",
                    "nineties",
                ]
                .iter()
                .position(|x| x.eq_ignore_ascii_case(word.as_str()))
                .unwrap_or(0)
                    + 2;
                format!("19{d}")
            }
            _ => continue,
        };
        push(m.start(), m.end(), "DATE", value);
    }
    for c in SOME_UNITS.captures_iter(text) {
        let m = c.get(0).unwrap();
        let unit = match c[1].to_lowercase().as_str() {
            "days" => "D",
            "weeks" => "W",
            "months" => "M",
            "quarters" => "Q",
            _ => "Y",
        };
        push(m.start(), m.end(), "DURATION", format!("PX{unit}"));
    }
    for c in VAGUE.captures_iter(text) {
        let m = c.get(0).unwrap();
        let value = match c[1].to_lowercase().as_str() {
            "now" | "currently" => "PRESENT_REF",
            "the future" => "FUTURE_REF",
            _ => "PAST_REF",
        };
        push(m.start(), m.end(), "DATE", value.to_string());
    }
    out.sort_by_key(|t| t.start);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn durations_ago_and_times_of_day() {
        let dct: Date = "1998-01-08".parse().unwrap(); // a Thursday
        let t = timexes(
            "Sales fell over the past two quarters and will for the next few weeks. Ten days \
             ago, and five months earlier, talks stalled; they resume at 10 p.m. Wednesday or \
             Saturday night, not in the last twenty four hours.",
            dct,
        );
        let values: Vec<(&str, &str)> = t.iter().map(|x| (x.kind, x.value.as_str())).collect();
        assert_eq!(
            values,
            vec![
                ("DURATION", "P2Q"),
                ("DURATION", "PXW"),
                ("DATE", "1997-12-29"),
                ("DATE", "1997-08"),
                ("TIME", "1998-01-07T22:00"),
                ("TIME", "1998-01-03TNI"),
                ("DURATION", "PT24H")
            ]
        );
    }

    #[test]
    fn decades_and_units_without_a_count() {
        let dct: Date = "1998-01-08".parse().unwrap();
        let t = timexes(
            "Prices rose in the late 1970s and the nineties, and since last May; more is due \
             in coming weeks.",
            dct,
        );
        let values: Vec<(&str, &str)> = t.iter().map(|x| (x.kind, x.value.as_str())).collect();
        assert_eq!(
            values,
            vec![
                ("DATE", "197"),
                ("DATE", "199"),
                ("DATE", "1997-05"),
                ("DURATION", "PXW")
            ]
        );
    }

    #[test]
    fn resolves_against_the_document_date() {
        let dct: Date = "1998-01-08".parse().unwrap(); // a Thursday
        let t = timexes(
            "On Monday, and again on Jan. 5, 1998, prices fell; last week was worse. Two years ago, in 1996, too.",
            dct,
        );
        let values: Vec<(&str, &str)> = t.iter().map(|x| (x.kind, x.value.as_str())).collect();
        assert_eq!(
            values,
            vec![
                ("DATE", "1998-01-05"),
                ("DATE", "1998-01-05"),
                ("DATE", "1998-W01"),
                // "Two years ago" is a date (TimeML), not a duration.
                ("DATE", "1996"),
                ("DATE", "1996")
            ]
        );
    }
}
