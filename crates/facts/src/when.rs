//! When: time expressions resolved against the publication date, and the choice of the
//! incident's date among them.
//!
//! Rules (in order of trust): an explicit month and day ("on March 3", "Feb. 29, 2024");
//! a weekday ("Thursday night", "early Sunday") meaning the latest such day on or before the
//! publication date, except the weekday of the day after it, which is that day (the date we
//! have lags the writing; "last Saturday" is never the publication day); a holiday
//! ("Thanksgiving Day", "Father's Day", "Christmas morning") within 45 days before the
//! publication date; "yesterday", "last night", "today", "this morning". Each candidate is
//! scored by its sentence: sentences about the incident ("shot", "killed", "fire") count, those
//! about later steps ("court", "hearing", "funeral", "charged") count against, and earlier
//! sentences are preferred. Without any expression the publication date is used (rule
//! `published`), as same-day reporting is the most common case.

use std::sync::LazyLock;

use jiff::ToSpan;
use jiff::civil::{Date, Weekday};
use regex::Regex;
use storyfold_model::{DateFact, Evidence, Precision};

use crate::text::{Sentence, month_number, number_value, weekday_named};

static EXPLICIT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"\b(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?\s+(\d{1,2})(?:st|nd|rd|th)?\b(?:,?\s+(\d{4}))?",
    )
    .unwrap()
});

/// "In December 2012, ...", "In 2008, ...": a sentence that opens with a month of a year, or
/// a year, with nothing finer.
static IN_MONTH_OR_YEAR: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^\W*In\s+(?:(January|February|March|April|May|June|July|August|September|October|November|December)\s+)?((?:19|20)\d\d)\b")
        .unwrap()
});

static WEEKDAY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\b(?:(early|late)\s+)?(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b(?:\s+(morning|afternoon|evening|night))?")
        .unwrap()
});

/// "two months ago", "three weeks ago", "last month": a date known to a week or a month.
static AGO: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(?:(a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2}) (weeks?|months?) ago|(last) (week|month))\b").unwrap()
});

/// A holiday named as a day: "on Thanksgiving", "Christmas morning", "New Year's Eve",
/// "the Fourth of July". Not "Christmas" alone (a season), nor "Super Bowl Sunday" (no rule
/// gives its day).
static HOLIDAY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\b(New Year['’]s Eve|New Year['’]s Day|Christmas Eve|Christmas (?:Day|morning|night)|Fourth of July|July Fourth|Independence Day|Halloween|Valentine['’]s Day|Thanksgiving(?: Day)?|Memorial Day|Labor Day|Mother['’]s Day|Father['’]s Day|Easter Sunday|Martin Luther King(?:,? Jr\.?)? Day|MLK Day)\b")
        .unwrap()
});

/// The day of a holiday [`HOLIDAY`] names, in `year`. The rules are the United States'
/// (federal holidays and the customary days); Easter by the Gregorian computus (Meeus's
/// algorithm), written here because it is a few lines of arithmetic.
fn holiday_date(name: &str, year: i16) -> Option<Date> {
    let fixed = |m: i8, d: i8| Date::new(year, m, d).ok();
    let nth =
        |m: i8, n: i8, wd: Weekday| Date::new(year, m, 1).ok()?.nth_weekday_of_month(n, wd).ok();
    let name = name.replace('’', "'");
    match name.as_str() {
        "New Year's Eve" => fixed(12, 31),
        "New Year's Day" => fixed(1, 1),
        "Christmas Eve" => fixed(12, 24),
        n if n.starts_with("Christmas") => fixed(12, 25),
        "Fourth of July" | "July Fourth" | "Independence Day" => fixed(7, 4),
        "Halloween" => fixed(10, 31),
        "Valentine's Day" => fixed(2, 14),
        n if n.starts_with("Thanksgiving") => nth(11, 4, Weekday::Thursday),
        "Memorial Day" => nth(5, -1, Weekday::Monday),
        "Labor Day" => nth(9, 1, Weekday::Monday),
        "Mother's Day" => nth(5, 2, Weekday::Sunday),
        "Father's Day" => nth(6, 3, Weekday::Sunday),
        "Easter Sunday" => {
            let y = i32::from(year);
            let (a, b, c) = (y % 19, y / 100, y % 100);
            let (d, e) = (b / 4, b % 4);
            let g = (8 * b + 13) / 25;
            let h = (19 * a + b - d - g + 15) % 30;
            let (i, k) = (c / 4, c % 4);
            let l = (32 + 2 * e + 2 * i - h - k) % 7;
            let m = (a + 11 * h + 19 * l) / 433;
            let month = (h + l - 7 * m + 90) / 25;
            let day = (h + l - 7 * m + 33 * month + 19) % 32;
            Date::new(year, month as i8, day as i8).ok()
        }
        _ => nth(1, 3, Weekday::Monday), // Martin Luther King Jr. Day
    }
}

/// The latest day of the holiday on or (a day's leeway) before `published`, when it is
/// within [`HOLIDAY_DAYS`] of it: an older one is a memory ("last Memorial Day"), not the
/// incident's day.
fn resolve_holiday(published: Date, name: &str) -> Option<Date> {
    /// How long before the publication date a holiday is still read as this incident's.
    const HOLIDAY_DAYS: i64 = 45;
    let latest = published.checked_add(1.days()).ok()?;
    let day = holiday_date(name, published.year())
        .filter(|d| *d <= latest)
        .or_else(|| holiday_date(name, published.year() - 1))?;
    (day >= published.checked_sub(HOLIDAY_DAYS.days()).ok()?).then_some(day)
}

/// After a day, in its sentence: "…, a day after he accidentally shot his friend", "two
/// days after he was shot", "a day after the shooting".
static DAYS_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^[^.;]{0,80}?\b(a|one|two|three|four|five|six)\s+days?\s+after\s+(?:(?:he|she|they|it|someone|police say|authorities say)\s+(?:was|were|had been|accidentally|allegedly|reportedly)?\s*(?:shot|killed|stabbed|wounded|injured|fired|opened fire)|being\s+(?:shot|wounded|stabbed)|(?:the|a|an|his|her|their)\s+(?:[\w-]+\s+){0,2}?(?:shooting|stabbing|crash|attack|fire))").unwrap()
});

/// After a day, in its sentence: "… after five people were shot the day before", "… killed
/// a day earlier".
static DAY_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^[^.;]{0,120}?\b(?:shot|killed|wounded|injured|stabbed|shooting|fired)\s+(?:on\s+)?(?:the\s+day\s+before|the\s+previous\s+day|a\s+day\s+earlier)\b").unwrap()
});

/// A page's own publication line ("Posted: Monday, May 4, 2015"): its date is not an event.
static POSTED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(?:posted|updated?|published|last modified)\s*[:—–-]*\s*(?:on\s+)?(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s*)?$").unwrap()
});

static RELATIVE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(yesterday|last night|overnight|this morning|this afternoon|earlier today|today|tonight)\b").unwrap()
});

static INCIDENT_WORDS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(shot|shooting|shootings|shoot-?outs?|gunfire|gunshots?|fired|killed|wounded|injured|died|dead|stabbed|fire|blaze|crash|collided|tornado|storm|happened|occurred|responded|called to|attack)\b").unwrap()
});

static LATER_WORDS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(court|hearing|arraign\w*|trial|sentenc\w*|funeral|vigil|memorial|bond|indicted|pleaded|plea|verdict|scheduled|will be|expected to appear|charged|charges|booked|released|press conference|news conference|briefing|rally|march|arrested|arrest|filed|published|posted|updated|extradited|surrendered|testif\w*|testimony|took the stand|jury|jurors|judge|still|unclear|ongoing|declined)\b").unwrap()
});

/// What follows a date expression that names the incident itself: "Tuesday's crash",
/// "Friday night's deadly shooting", "the March 3 fire".
static NAMES_INCIDENT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:(?:'s|’s)\s+incident|(?:'s|’s)?\s+(?:[a-z-]+\s+){0,2}?(?:shootings?|crash|fire|blaze|stabbing|attack|killings?|collision|wreck|storm|tornado|homicide|slaying|explosion))\b").unwrap()
});

/// Score added to a date that names the incident ("Tuesday's crash"): as strong as a
/// sentence about the incident, so that it outweighs the day of a later step in the same
/// sentence ("cited on Thursday for Tuesday's crash").
const NAMES_INCIDENT_BONUS: f32 = 1.0;

#[derive(Debug, Clone)]
struct Candidate {
    date: Date,
    precision: Precision,
    score: f32,
    sentence: usize,
    /// Byte offset of the expression in its sentence.
    position: usize,
    rule: &'static str,
}

/// "last Saturday", "this past Saturday": the latest day before `published` that falls on
/// `weekday` (a week before when `published` is one; never the day after it).
fn resolve_last_weekday(published: Date, weekday: Weekday) -> Date {
    let back = (published.weekday().to_monday_zero_offset() - weekday.to_monday_zero_offset())
        .rem_euclid(7);
    let back = if back == 0 { 7 } else { back };
    published
        .checked_sub((back as i64).days())
        .unwrap_or(published)
}

/// Right before a weekday: "last", "this past" (a day before the publication date), or
/// "next", "this coming" (a day to come, never the incident's).
static LAST_BEFORE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?i)\b(?:last|this past)\s+$").unwrap());
static NEXT_BEFORE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?i)\b(?:next|this coming)\s+$").unwrap());

/// The latest date on or before `published` that falls on `weekday`; but the weekday of the
/// day after `published` is that day: a report dated Tuesday that says "Wednesday" was
/// written on Wednesday (the dates feeds and archives give often lag the writing by a day,
/// time zones and first crawls), not about the Wednesday six days before. On the GVA
/// developer split this set 22 more incidents' dates within a day of the truth.
pub fn resolve_weekday(published: Date, weekday: Weekday) -> Date {
    let back = (published.weekday().to_monday_zero_offset() - weekday.to_monday_zero_offset())
        .rem_euclid(7);
    if back == 6 {
        return published.checked_add(1.days()).unwrap_or(published);
    }
    published
        .checked_sub((back as i64).days())
        .unwrap_or(published)
}

/// A month and day without a year: the year that puts it closest before (or just after)
/// the publication date. None for a day in the weeks after it: a date to come ("arraigned on
/// March 24", "the parade on Saturday, March 11"), not one of a year before.
fn resolve_month_day(published: Date, month: i8, day: i8, year: Option<i16>) -> Option<Date> {
    /// How far after the publication date a month and day is still read as one to come.
    const AHEAD_DAYS: i64 = 60;
    if let Some(y) = year {
        return Date::new(y, month, day).ok();
    }
    let this = Date::new(published.year(), month, day).ok();
    match this {
        Some(d) if d <= published.checked_add(2.days()).ok()? => Some(d),
        Some(d) if d <= published.checked_add(AHEAD_DAYS.days()).ok()? => None,
        _ => Date::new(published.year() - 1, month, day).ok(),
    }
}

/// A reporting verb right before a time expression: "police said Sunday" dates the
/// statement, not the incident.
static REPORTING: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(?:said|says|told(?:\s+\w+){0,2}|announced|added|reported|confirmed|released|stated|updated|identified(?:\s+\w+){0,3})(?:\s+in\s+an?\s+(?:[\w-]+\s+){0,2}?(?:release|statement|interview|email|post))?\s+(?:on\s+|late\s+|early\s+)?$").unwrap()
});

/// Right before a date: a birth ("born June 25, 2001", "born on").
static BORN_BEFORE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?i)\bborn\s+(?:on\s+)?$").unwrap());

/// Right after a day: a verb of reporting ("police on Tuesday said", "… Monday announced").
static REPORTING_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"^,?\s+(?:said|says|announced|confirmed|released|identified|reported|stated|told)\b",
    )
    .unwrap()
});

/// Right before a day: the investigation after the incident ("police were searching
/// Monday", "were still on the scene Sunday morning", "it was unclear Friday whether").
static AFTERMATH_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(?:searching|investigating|looking|seeking|still|unclear|remained|remains|continued|continues|continuing|canvassing|canvassed|processing|asking|urging|interviewing|charged|arraigned|booked|indicted|sentenced|convicted)\b(?:\s+[^\s.;]+){0,4}?\s+(?:on\s+)?(?:early\s+|late\s+)?$").unwrap()
});

static YEAR: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"\b(19[89]\d|20[0-4]\d)\b").unwrap());

/// What relative expressions are resolved against.
#[derive(Debug, Clone, Copy)]
enum Anchor {
    /// The publication date: weekdays and "yesterday" resolve against it.
    Published(Date),
    /// No publication date: only month-day expressions, in the latest year the text names.
    Year(i16),
}

/// All dated expressions of the report, as candidates for the incident date.
fn candidates(sentences: &[Sentence], anchor: Anchor) -> Vec<Candidate> {
    let mut out = Vec::new();
    for (i, s) in sentences.iter().enumerate() {
        let text = s.text.as_str();
        let incident = INCIDENT_WORDS.is_match(text);
        let later = LATER_WORDS.is_match(text);
        let mut base = 1.0 / (1.0 + i as f32 * 0.15);
        if incident {
            base += 1.0;
        }
        if later {
            base -= 0.8;
        }
        let reporting = |start: usize| {
            if REPORTING.is_match(&text[..start]) {
                -1.0
            } else {
                0.0
            }
        };
        let posted = |start: usize| POSTED.is_match(&text[..start]);
        let mut push_with =
            |date: Date, precision: Precision, score: f32, start: usize, rule: &'static str| {
                if posted(start) {
                    return;
                }
                out.push(Candidate {
                    date,
                    precision,
                    score,
                    sentence: i,
                    position: start,
                    rule,
                });
            };
        let mut push = |date: Date, score: f32, start: usize, rule: &'static str| {
            push_with(date, Precision::Day, score, start, rule)
        };
        for c in EXPLICIT.captures_iter(text) {
            let (Some(m), Ok(d)) = (month_number(&c[1]), c[2].parse::<i8>()) else {
                continue;
            };
            // "May" is also a verb: the regex requires a day number right after it.
            let year = c.get(3).and_then(|y| y.as_str().parse().ok());
            let start = c.get(0).unwrap().start();
            // "born June 25, 2001": a birthday, never the incident's day.
            if BORN_BEFORE.is_match(&text[..start]) {
                continue;
            }
            let date = match anchor {
                Anchor::Published(p) => match resolve_month_day(p, m, d, year) {
                    // "He joined the club on June 27, 2001": a day more than a year before
                    // the publication date, in a sentence that names no incident, is of
                    // someone's past, not of the news.
                    Some(date) if !incident && date < p.saturating_sub(1.years()) => continue,
                    Some(date) if date <= p.checked_add(1.days()).unwrap_or(p) => date,
                    _ => continue,
                },
                Anchor::Year(y) => match Date::new(year.unwrap_or(y), m, d) {
                    Ok(date) => date,
                    Err(_) => continue,
                },
            };
            let named = names_incident(&text[c.get(0).unwrap().end()..]);
            push(
                date,
                base + 0.3 + named + reporting(start),
                start,
                "month-day",
            );
        }
        let Anchor::Published(published) = anchor else {
            continue;
        };
        for c in WEEKDAY.captures_iter(text) {
            let start = c.get(0).unwrap().start();
            let end = c.get(0).unwrap().end();
            let date = if LAST_BEFORE.is_match(&text[..start]) {
                resolve_last_weekday(published, weekday_named(&c[2]))
            } else if NEXT_BEFORE.is_match(&text[..start]) {
                continue;
            } else {
                resolve_weekday(published, weekday_named(&c[2]))
            };
            let named = names_incident(&text[end..]);
            // "Police on Tuesday said …": the day of the statement.
            let said_after = if REPORTING_AFTER.is_match(&text[end..]) {
                -1.0
            } else {
                0.0
            };
            // "Police were searching Monday for …": the day of the investigation (but
            // "still looking into Monday's shooting" names the incident's).
            let aftermath = if named == 0.0 && AFTERMATH_BEFORE.is_match(&text[..start]) {
                -1.0
            } else {
                0.0
            };
            // The day after the publication date (the date we have lags the writing): more
            // often the day after the incident, of an arrest or a statement.
            let next_day = if date > published { -0.5 } else { 0.0 };
            // "arrested Thursday …, a day after he shot his friend", "died Friday, two days
            // after he was shot": the incident's day is that many days before, and the
            // sentence tells of it, whatever later step it opens with.
            let days_back = DAYS_AFTER
                .captures(&text[end..])
                .and_then(|d| number_value(&d[1]))
                .or_else(|| DAY_BEFORE.is_match(&text[end..]).then_some(1));
            if let Some(back) = days_back.filter(|n| (1..=6).contains(n))
                && let Ok(day) = date.checked_sub(i64::from(back).days())
            {
                let later_cost = if later { 0.8 } else { 0.0 };
                push(day, base + 0.2 + later_cost, start, "weekday");
                continue;
            }
            push(
                date,
                base + 0.2 + named + reporting(start) + said_after + aftermath + next_day,
                start,
                "weekday",
            );
        }
        for m in HOLIDAY.find_iter(text) {
            // "Memorial Day weekend", "the night before Labor Day", "since Christmas Eve": a
            // span or another day.
            let before = text[..m.start()]
                .split_whitespace()
                .next_back()
                .unwrap_or("")
                .to_lowercase();
            let after = text[m.end()..].trim_start();
            // "a New Year's Eve party", "a Fourth of July celebration": the gathering's day,
            // which an incident after midnight is not.
            let span_or_other = ["before", "after", "since", "until", "last", "next", "this"]
                .contains(&before.as_str())
                || [
                    "weekend",
                    "holiday",
                    "week",
                    "season",
                    "party",
                    "celebration",
                    "bash",
                    "gathering",
                    "festivities",
                ]
                .iter()
                .any(|w| after.starts_with(w));
            if span_or_other {
                continue;
            }
            let Some(date) = resolve_holiday(published, m.as_str()) else {
                continue;
            };
            let named = names_incident(&text[m.end()..]);
            // Below a weekday of the same sentence ("After shootings on Labor Day, gunfire
            // erupted again Wednesday").
            push(
                date,
                base + 0.1 + named + reporting(m.start()),
                m.start(),
                "holiday",
            );
        }
        for c in RELATIVE.captures_iter(text) {
            let start = c.get(0).unwrap().start();
            let date = match c[1].to_lowercase().as_str() {
                "yesterday" | "last night" => published.checked_sub(1.days()).unwrap_or(published),
                _ => published,
            };
            // "What happened here today ...", someone said: the day they said it.
            let quoted = if inside_quote(&text[..start]) {
                -0.5
            } else {
                0.0
            };
            push(
                date,
                base + reporting(start) + quoted,
                start,
                "relative-day",
            );
        }
        // Weeks or months back: imprecise, so below any day named in the same sentence, and
        // read only in a sentence about the incident ("two weeks ago he posted…" is not).
        for c in AGO.captures_iter(text).filter(|_| incident && !later) {
            let start = c.get(0).unwrap().start();
            let (n, unit) = match (c.get(1), c.get(2), c.get(4)) {
                (Some(n), Some(u), _) => (number_value(n.as_str()).map(i64::from), u.as_str()),
                (_, _, Some(u)) => (Some(1), u.as_str()),
                _ => continue,
            };
            let Some(n) = n else { continue };
            let (span, precision) = if unit.starts_with("week") {
                ((7 * n).days(), Precision::Week)
            } else {
                (n.months(), Precision::Month)
            };
            let Ok(date) = published.checked_sub(span) else {
                continue;
            };
            push_with(
                date,
                precision,
                base - 0.3 + reporting(start),
                start,
                "weeks-or-months-ago",
            );
        }
    }
    out
}

/// Does `before` (a sentence up to an expression) leave a quotation open?
fn inside_quote(before: &str) -> bool {
    let open = before.matches('“').count();
    let close = before.matches('”').count();
    open > close || before.matches('"').count() % 2 == 1
}

fn names_incident(after: &str) -> f32 {
    // "declined comment Sunday on the shooting": a preposition makes the incident what was
    // talked about that day, not what happened on it.
    // "said Tuesday that the shooting …": a clause about it begins, the day is the saying's.
    let first = after.split_whitespace().next().unwrap_or("");
    let preposition = matches!(
        first,
        "on" | "about" | "of" | "into" | "regarding" | "for" | "that" | "after" | "when"
    );
    if !preposition && NAMES_INCIDENT.is_match(after) {
        NAMES_INCIDENT_BONUS
    } else {
        0.0
    }
}

/// The incident's date as this report gives it. Without a publication date, only dates
/// written out (with the year the text names) can be read.
pub fn incident_date(sentences: &[Sentence], published: Option<Date>) -> Option<DateFact> {
    dated(sentences, published).0
}

/// The incident date and the indexes of the sentences that state a calendar day ("Jan. 31")
/// and none within `days` of it: sentences about another day than the incident's. None are
/// listed when the date is only the publication date or there is no publication date.
pub fn incident_date_and_other_days(
    sentences: &[Sentence],
    published: Option<Date>,
    days: i32,
) -> (Option<DateFact>, Vec<usize>) {
    let (date, cands) = dated(sentences, published);
    let incident = match (&date, published) {
        (Some(d), Some(_)) if &*d.evidence.rule != "published" => d.value,
        _ => return (date, Vec::new()),
    };
    let mut near: Vec<usize> = Vec::new();
    let mut far: Vec<usize> = Vec::new();
    for c in cands.iter().filter(|c| c.rule == "month-day") {
        if (c.date - incident).get_days().abs() <= days {
            near.push(c.sentence);
        } else {
            far.push(c.sentence);
        }
    }
    // "In December 2012, 20 children and six adults were killed", "In 2008, Dion Wiley, 20,
    // was killed": a month or a year before the incident's tells of another one.
    for (i, s) in sentences.iter().enumerate() {
        let Some(c) = IN_MONTH_OR_YEAR.captures(&s.text) else {
            continue;
        };
        let Ok(year) = c[2].parse::<i16>() else {
            continue;
        };
        let before = match c.get(1).and_then(|m| month_number(m.as_str())) {
            Some(month) => (year, month) < (incident.year(), incident.month()),
            None => year < incident.year(),
        };
        if before {
            far.push(i);
        }
    }
    far.retain(|i| !near.contains(i));
    far.sort_unstable();
    far.dedup();
    (date, far)
}

/// The incident date and every dated expression it was chosen from.
fn dated(sentences: &[Sentence], published: Option<Date>) -> (Option<DateFact>, Vec<Candidate>) {
    let anchor = match published {
        Some(p) => Anchor::Published(p),
        None => {
            let year = sentences
                .iter()
                .flat_map(|s| {
                    YEAR.captures_iter(&s.text)
                        .filter_map(|c| c[1].parse::<i16>().ok())
                        .collect::<Vec<_>>()
                })
                .max();
            let Some(year) = year else {
                return (None, Vec::new());
            };
            Anchor::Year(year)
        }
    };
    let cands = candidates(sentences, anchor);
    // Highest score; ties go to the earlier sentence, then the earlier expression.
    let best = cands.iter().max_by(|a, b| {
        a.score
            .total_cmp(&b.score)
            .then(b.sentence.cmp(&a.sentence))
            .then(b.position.cmp(&a.position))
    });
    let date = match (best, published) {
        (Some(c), _) => Some(DateFact {
            value: c.date,
            precision: c.precision,
            evidence: Evidence {
                sentence: sentences[c.sentence].text.as_str().into(),
                rule: c.rule.into(),
            },
        }),
        (None, Some(p)) => Some(DateFact {
            value: p,
            precision: Precision::Day,
            evidence: Evidence {
                sentence: "".into(),
                rule: "published".into(),
            },
        }),
        (None, None) => None,
    };
    (date, cands)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::sentences;

    fn date(s: &str) -> Date {
        s.parse().unwrap()
    }

    fn pick(text: &str, published: &str) -> (String, String) {
        let s = sentences(&[text.to_string()]);
        let f = incident_date(&s, Some(date(published))).unwrap();
        (f.value.to_string(), f.evidence.rule.to_string())
    }

    #[test]
    fn a_day_years_back_is_someone_s_past_unless_it_names_the_incident() {
        // Published Monday 2005-05-23: the coach's past, not the news of his firing.
        let text = "The team named a new head coach. He joined the club on June 27, 2001, \
            after seven seasons as an assistant.";
        assert_eq!(
            pick(text, "2005-05-23"),
            ("2005-05-23".into(), "published".into())
        );
        // A year on, the day of the shoot-out the story looks back to.
        let text = "On May 4, 2013, the quarrel at the lake turned into a shoot-out at \
            the boat ramp.";
        assert_eq!(
            pick(text, "2014-05-20"),
            ("2013-05-04".into(), "month-day".into())
        );
    }

    #[test]
    fn a_birthday_is_never_the_incident_s_day() {
        let text = "Jacob Trent, born June 25, 2001, in Madison, died on Sept. 26, 2014.";
        assert_eq!(pick(text, "2014-09-27").0, "2014-09-26");
    }

    #[test]
    fn a_day_before_a_reporting_verb_is_the_statement_s() {
        // Published Wednesday 2017-01-18.
        let text = "Police on Tuesday said the shooting was accidental. Officers are still \
                    looking into Monday's shooting at the mobile home park.";
        assert_eq!(pick(text, "2017-01-18").0, "2017-01-16");
    }

    #[test]
    fn weekday_resolves_backwards() {
        // 2024-03-01 was a Friday.
        assert_eq!(
            pick(
                "Two men were shot Thursday night, police said.",
                "2024-03-01"
            )
            .0,
            "2024-02-29"
        );
        assert_eq!(pick("A man was shot Friday.", "2024-03-01").0, "2024-03-01");
        assert_eq!(pick("A man was shot Sunday.", "2024-03-01").0, "2024-02-25");
        // The day after the date we have: that day, not six days before.
        assert_eq!(
            pick("A man was shot Saturday.", "2024-03-01").0,
            "2024-03-02"
        );
    }

    #[test]
    fn a_date_that_names_the_incident_beats_the_day_of_a_later_step() {
        let (d, _) = pick(
            "Police cited a man on Thursday for failing to maintain control of his car in Tuesday's crash on Harbor Road.",
            "2025-03-07",
        );
        assert_eq!(d, "2025-03-04");
    }

    #[test]
    fn a_weekday_s_incident_names_it_and_an_earlier_one_in_the_background_does_not() {
        // Published Wednesday 2025-10-08; the report's own shooting has no day but
        // "Tuesday's incident"; the earlier one it recalls has "Friday".
        let text = "Four men were wounded in a shooting on Dale Street, police said. \
            Tuesday's incident marks the second city shooting in five days with several \
            victims. Three people were shot Friday in a shooting outside a grocery store.";
        assert_eq!(pick(text, "2025-10-08").0, "2025-10-07");
        // Not any "incident" a few words later: "Monday morning showing the incident".
        let text = "A clerk was shot Saturday during a robbery. The manager shared video on \
            Monday morning showing the incident.";
        assert_eq!(pick(text, "2025-10-08").0, "2025-10-04");
    }

    #[test]
    fn a_month_or_year_before_the_incident_makes_a_sentence_background() {
        let s = sentences(&[
            "Four people were shot Saturday night at a banquet hall. In 2011, a man was \
             killed at the same hall. In March 2016, two teens were wounded nearby. The hall \
             opened in 1998 and was busy in 2016."
                .to_string(),
        ]);
        let (date, other) = incident_date_and_other_days(&s, Some(date("2016-03-14")), 3);
        assert_eq!(date.unwrap().value, "2016-03-12".parse().unwrap());
        // The incident's own month and year, and a year inside a sentence, are no other day.
        assert_eq!(other, vec![1]);
    }

    #[test]
    fn today_in_a_quotation_is_the_day_it_was_said() {
        // Published Tuesday 2025-10-07.
        let text = "\"Nobody expected gunfire on our street today,\" a neighbor said. Police \
            closed the block for hours. A man was shot late Monday outside a bar.";
        assert_eq!(pick(text, "2025-10-07").0, "2025-10-06");
    }

    #[test]
    fn weeks_or_months_ago_and_posted_lines() {
        let s = sentences(&[
            "Two months ago an 8-year-old boy lost his brother in the shooting.".to_string(),
        ]);
        let f = incident_date(&s, Some(date("2015-03-04"))).unwrap();
        assert_eq!(
            (f.value.to_string(), f.precision),
            ("2015-01-04".to_string(), Precision::Month)
        );
        // A page's "Posted:" line is not the incident's date.
        let (d, rule) = pick(
            "Hunter charged in death of man Posted: Monday, May 4, 2015 5:29 PM EDT",
            "2015-05-04",
        );
        assert_eq!((d.as_str(), rule.as_str()), ("2015-05-04", "published"));
        // Nor an update's stamp.
        let text = "UPDATE July 16, 3:03 p.m.: Police said the July 15 death of a \
            3-year-old girl was an accident.";
        assert_eq!(pick(text, "2015-07-16").0, "2015-07-15");
    }

    #[test]
    fn court_dates_lose_to_the_shooting() {
        let text = "He is due in court Monday. The shooting happened on Feb. 20 outside a bar.";
        assert_eq!(
            pick(text, "2024-03-01"),
            ("2024-02-20".into(), "month-day".into())
        );
    }

    #[test]
    fn the_day_a_story_was_still_unfolding_is_not_the_incident() {
        // 2017-01-30 was a Monday.
        let text = "A man was shot and killed Saturday night outside a bar on Elm Street. \
            Authorities declined further comment Sunday on the shooting. \
            It was unclear Sunday whether the gunman knew the victim.";
        assert_eq!(pick(text, "2017-01-30").0, "2017-01-28");
    }

    #[test]
    fn the_day_of_testimony_is_not_the_incident() {
        // 2013-07-16 was a Tuesday.
        let text = "On Monday, witnesses took the stand and one testified that he killed them. \
            The brothers are suspected of shooting four women in an apartment Jan. 7.";
        assert_eq!(pick(text, "2013-07-16").0, "2013-01-07");
    }

    #[test]
    fn explicit_dates_in_the_future_are_not_the_incident() {
        assert_eq!(
            pick(
                "A vigil is planned for March 9. Police said a man was killed Sunday.",
                "2024-03-01"
            )
            .0,
            "2024-02-25"
        );
        // A month and day weeks ahead is a date to come, not that day a year before.
        let text = "The two were indicted in the shooting of a toddler. \
            They are scheduled to be arraigned on March 24.";
        assert_eq!(pick(text, "2016-03-10").1, "published");
        // Months ahead, it is last year's.
        let text = "The two were charged in the Dec. 6 shooting of a toddler.";
        assert_eq!(pick(text, "2016-06-28").0, "2015-12-06");
    }

    #[test]
    fn last_saturday_is_before_the_publication_day_and_next_tuesday_is_to_come() {
        // 2015-06-27 was a Saturday, 2017-03-28 a Tuesday.
        let text = "Police identified two men who fired on a block party last Saturday.";
        assert_eq!(pick(text, "2015-06-27").0, "2015-06-20");
        let text = "A girl was killed last Wednesday when a gun went off.";
        assert_eq!(pick(text, "2017-03-28").0, "2017-03-22");
        let text = "A man shot in the park will be honored at a vigil next Monday.";
        assert_eq!(pick(text, "2017-03-28").1, "published");
    }

    #[test]
    fn holidays_are_their_days_of_that_year() {
        for (name, year, want) in [
            ("Thanksgiving", 2015, "2015-11-26"),
            ("Memorial Day", 2015, "2015-05-25"),
            ("Labor Day", 2014, "2014-09-01"),
            ("Mother's Day", 2016, "2016-05-08"),
            ("Father’s Day", 2015, "2015-06-21"),
            ("Easter Sunday", 2016, "2016-03-27"),
            ("Easter Sunday", 2017, "2017-04-16"),
            ("Martin Luther King Jr. Day", 2017, "2017-01-16"),
            ("Christmas morning", 2013, "2013-12-25"),
            ("New Year's Eve", 2015, "2015-12-31"),
        ] {
            assert_eq!(
                holiday_date(name, year).map(|d| d.to_string()).as_deref(),
                Some(want),
                "{name} {year}"
            );
        }
        // The holiday last passed, a day's leeway after it; a year-old one is a memory.
        let text = "A boy was shot in Elliston on Thanksgiving Day.";
        assert_eq!(pick(text, "2015-11-27").0, "2015-11-26");
        let text = "Three men were killed at a club on New Year's Day.";
        assert_eq!(pick(text, "2017-01-01").0, "2017-01-01");
        assert_eq!(pick(text, "2016-11-03").1, "published");
        // A party's day or a weekend is not the incident's day.
        let text = "A man was killed at a New Year's Eve party. It happened after 1 a.m. Tuesday.";
        assert_eq!(pick(text, "2013-01-01").0, "2013-01-01");
        let text = "Eight were shot over the Labor Day weekend.";
        assert_eq!(pick(text, "2015-09-08").1, "published");
    }

    #[test]
    fn a_later_day_and_how_many_days_after_the_incident_it_was() {
        // 2017-02-24 was a Friday.
        let text = "A man was arrested Thursday, a day after he accidentally shot his friend.";
        assert_eq!(pick(text, "2017-02-24").0, "2017-02-22");
        // The day someone was charged, in a sentence that also names the shooting's.
        let text = "A teen was charged with murder Thursday in a fatal shooting at a store \
            on Tuesday.";
        assert_eq!(pick(text, "2017-02-24").0, "2017-02-21");
        let text = "Police were on the block Friday after two men were shot the day before.";
        assert_eq!(pick(text, "2017-02-24").0, "2017-02-23");
        let text = "A boy died Thursday, two days after he was shot outside a store.";
        assert_eq!(pick(text, "2017-02-24").0, "2017-02-21");
        // A release's day is the statement's.
        let text = "Captain Ann Lee stated in a news release Tuesday that the shooting \
            happened Monday morning.";
        assert_eq!(pick(text, "2017-02-24").0, "2017-02-20");
    }

    #[test]
    fn the_day_a_statement_was_made_is_not_the_incident() {
        // 2025-04-13 was a Sunday.
        let text =
            "A tornado tore across town on Saturday night, killing a man, officials said Sunday.";
        assert_eq!(pick(text, "2025-04-13").0, "2025-04-12");
    }

    #[test]
    fn the_day_of_the_investigation_is_not_the_incident() {
        // 2025-04-14 was a Monday.
        let text = "Police were searching Monday for a suspect in the shooting death of a \
            teenage boy Sunday afternoon.";
        assert_eq!(pick(text, "2025-04-14").0, "2025-04-13");
    }

    #[test]
    fn without_publication_date_written_dates_use_the_year_named() {
        let s = sentences(&["She was shot and killed Tuesday, Jan. 27, at her home. In 2015 the city saw 20 killings.".to_string()]);
        assert_eq!(
            incident_date(&s, None).unwrap().value.to_string(),
            "2015-01-27"
        );
        let s = sentences(&["She was shot and killed Tuesday at her home.".to_string()]);
        assert_eq!(incident_date(&s, None), None);
    }

    #[test]
    fn no_expression_falls_back_to_publication() {
        assert_eq!(
            pick("Police are investigating a shooting.", "2024-03-01"),
            ("2024-03-01".into(), "published".into())
        );
        assert_eq!(pick("He died yesterday.", "2024-03-01").0, "2024-02-29");
    }
}
