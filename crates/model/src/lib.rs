//! Domain types shared by every stage of the storyfold pipeline.
//!
//! Invariant: this crate does no I/O and knows nothing of files, databases or clocks. Every
//! type here is plain data; the stages (`clean`, `copies`, `events`, `facts`, `record`) are pure
//! functions from one of these types to another.

use jiff::civil::Date;
use std::sync::Arc;

use serde::{Deserialize, Serialize};

pub mod incident;
pub use incident::*;

/// A report as a reader produced it: text plus whatever metadata the input carried.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RawReport {
    /// Stable id (see the output contract: JSONL `id`, or a path relative to the input root).
    pub id: String,
    pub source: Option<String>,
    pub title: Option<String>,
    /// Publication date as found in the input (any of the accepted shapes, see [`parse_date`]).
    pub published: Option<String>,
    pub url: Option<String>,
    pub author: Option<String>,
    pub text: String,
}

/// Parses the date at the start of `s`: `YYYY-MM-DD`, optionally followed by a time
/// (`2024-03-01T10:00:00Z`, `2024-03-01 10:00:00`). Returns `None` for anything else.
pub fn parse_date(s: &str) -> Option<Date> {
    let s = s.trim();
    let head = s.get(..10)?;
    let b = head.as_bytes();
    if b[4] != b'-' || b[7] != b'-' {
        return None;
    }
    let y: i16 = head[..4].parse().ok()?;
    let m: i8 = head[5..7].parse().ok()?;
    let d: i8 = head[8..10].parse().ok()?;
    Date::new(y, m, d).ok()
}

/// A month's number (1–12) from its English name or abbreviation: its first three letters,
/// any case ("Sept." → 9, "december" → 12).
pub fn month_number(name: &str) -> Option<i8> {
    const MONTHS: [&str; 12] = [
        "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
    ];
    let head = name.get(..3)?;
    MONTHS
        .iter()
        .position(|m| m.eq_ignore_ascii_case(head))
        .map(|i| i as i8 + 1)
}

/// A person's name as lower-case words, without suffixes (Jr., III) and punctuation: the form
/// people are matched in ("Stacy L. Griffin Jr." → ["stacy", "l", "griffin"]).
pub fn name_words(name: &str) -> Vec<String> {
    name.split_whitespace()
        .filter(|w| !matches!(*w, "Jr." | "Jr" | "Sr." | "Sr" | "II" | "III" | "IV"))
        .map(|w| {
            w.trim_matches(|c: char| !c.is_alphanumeric())
                .to_lowercase()
        })
        .filter(|w| !w.is_empty())
        .collect()
}

/// Do two names differ by exactly one letter: one inserted or dropped (both at least four
/// letters long: "sara"/"sarah"), or one changed or two neighbours swapped (both at least
/// five: "erica"/"erika", "sharai"/"sharia")? Shorter names differ by a letter too often
/// between different people ("mark"/"mary"). Hand-written: a bounded comparison, not a
/// general edit distance.
pub fn one_letter_apart(a: &str, b: &str) -> bool {
    let (a, b): (Vec<char>, Vec<char>) = (a.chars().collect(), b.chars().collect());
    if a == b {
        return false;
    }
    let (short, long) = if a.len() <= b.len() {
        (&a, &b)
    } else {
        (&b, &a)
    };
    let prefix = short
        .iter()
        .zip(long.iter())
        .take_while(|(x, y)| x == y)
        .count();
    match long.len() - short.len() {
        1 => short.len() >= 4 && short[prefix..] == long[prefix + 1..],
        0 if short.len() >= 5 => {
            short[prefix + 1..] == long[prefix + 1..]
                || (prefix + 1 < short.len()
                    && short[prefix] == long[prefix + 1]
                    && short[prefix + 1] == long[prefix]
                    && short[prefix + 2..] == long[prefix + 2..])
        }
        _ => false,
    }
}

/// What kind of boilerplate a removed line was.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Boilerplate {
    Headline,
    Byline,
    DateLine,
    Caption,
    Copyright,
    WireTag,
    Contributor,
    Developing,
    Newsletter,
    Related,
    Furniture,
}

/// A line the cleaner took out of the body, with what it was.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Removed {
    pub kind: Boilerplate,
    pub text: String,
}

/// A wire dateline such as `INDEPENDENCE, Mo. (AP) —` or `(CNN) —`.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Dateline {
    /// The place part in its written form (`INDEPENDENCE`), if any.
    pub place: Option<String>,
    /// The state part as written (`Mo.`), if any.
    pub region: Option<String>,
    /// The agency in parentheses (`AP`, `CNN`), if any.
    pub agency: Option<String>,
    /// The wire's month and day after the place (`NEW YORK, March 6 -` gives `[3, 6]`), if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub day: Option<[u8; 2]>,
}

/// A report after cleaning: the article body as paragraphs, with the metadata the
/// boilerplate carried and the boilerplate itself kept aside.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CleanReport {
    pub id: String,
    pub source: Option<String>,
    pub title: Option<String>,
    pub published: Option<Date>,
    pub url: Option<String>,
    pub byline: Option<String>,
    pub dateline: Option<Dateline>,
    /// The site's name a page title carried after its headline ("Man shot - WAFB 9 News
    /// Baton Rouge, Louisiana"): where the outlet is, when its web address does not say.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub site: Option<String>,
    pub paragraphs: Vec<String>,
    pub removed: Vec<Removed>,
}

impl CleanReport {
    /// The body as one string, paragraphs separated by blank lines.
    pub fn body(&self) -> String {
        self.paragraphs.join("\n\n")
    }
}

/// How a report relates to the canonical report of its copy group.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Relation {
    Exact,
    Syndicated,
    Excerpt,
    Update,
}

impl Relation {
    pub fn as_str(self) -> &'static str {
        match self {
            Relation::Exact => "exact",
            Relation::Syndicated => "syndicated",
            Relation::Excerpt => "excerpt",
            Relation::Update => "update",
        }
    }
}

/// One report's place in a copy group; reports with no copy have no link.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CopyLink {
    pub report: String,
    pub canonical: String,
    pub relation: Relation,
    /// Share of the smaller body's shingles found in the other body.
    pub containment: f32,
    /// Jaccard similarity of the two bodies' shingle sets.
    pub jaccard: f32,
}

/// The kinds of event storyfold records.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, PartialOrd, Ord)]
#[serde(rename_all = "snake_case")]
pub enum EventKind {
    Shooting,
    Fire,
    Crash,
    Storm,
    Other,
}

impl EventKind {
    pub fn as_str(self) -> &'static str {
        match self {
            EventKind::Shooting => "shooting",
            EventKind::Fire => "fire",
            EventKind::Crash => "crash",
            EventKind::Storm => "storm",
            EventKind::Other => "other",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Precision {
    Day,
    Week,
    Month,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, PartialOrd, Ord)]
#[serde(rename_all = "snake_case")]
pub enum Role {
    Victim,
    Suspect,
    Official,
    Witness,
    Other,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, PartialOrd, Ord)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    Killed,
    Injured,
    Unharmed,
    Arrested,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Gender {
    Male,
    Female,
}

/// Where a fact came from inside one report: the sentence and the rule that read it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Evidence {
    /// Shared (`Arc`): one sentence is often the evidence of several facts, and the incident
    /// record quotes the same sentences again.
    pub sentence: Arc<str>,
    pub rule: Arc<str>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DateFact {
    pub value: Date,
    pub precision: Precision,
    pub evidence: Evidence,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PlaceFact {
    pub city: Option<String>,
    pub county: Option<String>,
    pub state: Option<String>,
    pub country: Option<String>,
    pub lat: Option<f64>,
    pub lon: Option<f64>,
    pub evidence: Evidence,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CountFact {
    pub value: u32,
    pub evidence: Evidence,
}

/// A person (or an unnamed participant such as "a second officer") in one report.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Person {
    pub name: Option<String>,
    pub role: Role,
    pub title: Option<String>,
    pub age: Option<u32>,
    /// An age given only as a range ("in his early 40s" → 40–43), when no exact age is.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub age_range: Option<(u32, u32)>,
    pub gender: Option<Gender>,
    pub status: Option<Status>,
    pub evidence: Vec<Evidence>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct QuoteFact {
    pub speaker: Option<String>,
    pub text: String,
    pub evidence: Evidence,
}

/// Everything the facts stage read from one report.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ReportFacts {
    pub report: String,
    pub kind: EventKind,
    pub date: Option<DateFact>,
    pub place: Option<PlaceFact>,
    pub killed: Option<CountFact>,
    pub injured: Option<CountFact>,
    pub arrested: Option<CountFact>,
    pub people: Vec<Person>,
    pub quotes: Vec<QuoteFact>,
    /// Street or block names ("Cerise Avenue"), lowercased; used to tell events apart.
    pub streets: Vec<String>,
    /// True when the report reads as a round-up of several separate incidents.
    pub roundup: bool,
    /// Ages the report gives for the people in it ("a 24-year-old man", "Ann Lee, 31,").
    #[serde(default)]
    pub ages: Vec<u32>,
    /// Of [`Self::ages`], those the report gives to suspects only ("Ann Lee, 25, was
    /// arrested") and to victims only: a suspect's age equal to another report's victim's
    /// says nothing of one incident.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub suspect_ages: Vec<u32>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub victim_ages: Vec<u32>,
    /// In news of no known kind, surnames the text repeats with no first name ("Okafor took
    /// the post … Okafor would not comment"), lowercased: they find candidate events, as
    /// named people's surnames do; they are no people.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub surnames: Vec<String>,
    /// Ships the report names by hull prefix and first name word, lowercased ("ins kaveri",
    /// "mv ocean"): maritime incidents are told apart by their ships.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub vessels: Vec<String>,
}

impl ReportFacts {
    /// Makes equal evidence texts share one allocation: a report's facts often cite one
    /// sentence several times, and a fold holds the facts of every report.
    pub fn share_text(&mut self) {
        let mut seen: std::collections::HashSet<Arc<str>> = std::collections::HashSet::new();
        let mut share = |a: &mut Arc<str>| match seen.get(a) {
            Some(x) => *a = x.clone(),
            None => {
                seen.insert(a.clone());
            }
        };
        let single = [
            self.date.as_mut().map(|d| &mut d.evidence),
            self.place.as_mut().map(|p| &mut p.evidence),
            self.killed.as_mut().map(|c| &mut c.evidence),
            self.injured.as_mut().map(|c| &mut c.evidence),
            self.arrested.as_mut().map(|c| &mut c.evidence),
        ];
        let people = self.people.iter_mut().flat_map(|p| p.evidence.iter_mut());
        let quotes = self.quotes.iter_mut().map(|q| &mut q.evidence);
        for e in single.into_iter().flatten().chain(people).chain(quotes) {
            share(&mut e.sentence);
            share(&mut e.rule);
        }
    }

    /// No facts at all (a report whose extraction failed, or an empty text).
    pub fn empty(report: &str) -> Self {
        ReportFacts {
            report: report.to_string(),
            kind: EventKind::Other,
            date: None,
            place: None,
            killed: None,
            injured: None,
            arrested: None,
            people: Vec::new(),
            quotes: Vec::new(),
            streets: Vec::new(),
            roundup: false,
            ages: Vec::new(),
            suspect_ages: Vec::new(),
            victim_ages: Vec::new(),
            surnames: Vec::new(),
            vessels: Vec::new(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_letter_apart_takes_misspellings_not_different_short_names() {
        for (a, b) in [
            ("erica", "erika"),
            ("sara", "sarah"),
            ("sharai", "sharia"),
            ("sweatt", "swett"),
            ("glenn", "glen"),
        ] {
            assert!(one_letter_apart(a, b), "{a} {b}");
            assert!(one_letter_apart(b, a), "{b} {a}");
        }
        for (a, b) in [
            ("mark", "mary"),
            ("erica", "erica"),
            ("ramsey", "brumsey"),
            ("dan", "don"),
            ("ann", "anne"),
            ("tyler", "tyree"),
        ] {
            assert!(!one_letter_apart(a, b), "{a} {b}");
        }
    }
}
