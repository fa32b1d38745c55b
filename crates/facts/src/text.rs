//! Sentences and words: the small amount of text analysis the rules need.
//! Written here because the splitter must know news abbreviations ("Mo.", "Sgt.", "p.m.")
//! and keep quotes whole; a general-purpose splitter cuts "1 p.m. Thursday" in two.

use std::sync::LazyLock;

use regex::Regex;

/// A sentence with the index of the paragraph it came from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Sentence {
    pub text: String,
    pub paragraph: usize,
}

const ABBREVIATIONS: &[&str] = &[
    "mr", "mrs", "ms", "dr", "st", "sgt", "lt", "capt", "det", "cpl", "gen", "gov", "sen", "rep",
    "rev", "jr", "sr", "no", "vs", "ave", "blvd", "rd", "ft", "mt", "jan", "feb", "mar", "apr",
    "aug", "sept", "sep", "oct", "nov", "dec", "ala", "ariz", "ark", "calif", "colo", "conn",
    "del", "fla", "ga", "ill", "ind", "kan", "ky", "la", "md", "mass", "mich", "minn", "miss",
    "mo", "mont", "neb", "nev", "okla", "ore", "pa", "tenn", "va", "vt", "wash", "wis", "wyo",
    "inc", "co", "corp", "u.s", "a.m", "p.m", "approx", "dept", "est", "ofc", "insp", "supt",
    "cmdr", "atty", "asst",
];

/// Right before a harm verb: a possibility, not a harm ("could have", "may have been", "might",
/// "to"). Used by the people and the counts rules alike.
pub(crate) static MODAL_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)\b(?:could|would|might|may|can|will|should|to)(?:\s+\w+ly)?(?:\s+have)?(?:\s+been)?\s+$",
    )
    .unwrap()
});

const CLOSERS: &[char] = &['"', '”', '’', '\'', ')'];

/// Is `text[start..end]` a whole word: no letter or digit on either side?
pub fn whole_word(text: &str, start: usize, end: usize) -> bool {
    let bytes = text.as_bytes();
    (start == 0 || !bytes[start - 1].is_ascii_alphanumeric())
        && bytes.get(end).is_none_or(|c| !c.is_ascii_alphanumeric())
}

/// Splits paragraphs into sentences.
pub fn sentences(paragraphs: &[String]) -> Vec<Sentence> {
    let mut out = Vec::new();
    for (p, para) in paragraphs.iter().enumerate() {
        let chars: Vec<(usize, char)> = para.char_indices().collect();
        let mut start = 0usize;
        let mut i = 0usize;
        while i < chars.len() {
            let (_, c) = chars[i];
            if matches!(c, '.' | '!' | '?') {
                let mut j = i + 1;
                while j < chars.len() && CLOSERS.contains(&chars[j].1) {
                    j += 1;
                }
                // Scraped text sometimes loses the space: "three others.Vargas moved".
                let glued = c == '.'
                    && j == i + 1
                    && i >= 2
                    && chars[i - 1].1.is_ascii_lowercase()
                    && chars[i - 2].1.is_ascii_lowercase()
                    && chars.get(j).is_some_and(|x| x.1.is_ascii_uppercase())
                    && chars.get(j + 1).is_some_and(|x| x.1.is_ascii_lowercase());
                if glued {
                    push(&mut out, &para[start..chars[j].0], p);
                    start = chars[j].0;
                    i = j;
                    continue;
                }
                let next_ws = j < chars.len() && chars[j].1.is_whitespace();
                if next_ws {
                    let mut k = j;
                    while k < chars.len() && chars[k].1.is_whitespace() {
                        k += 1;
                    }
                    let next = chars.get(k).map(|x| x.1).unwrap_or(' ');
                    let starts_new = next.is_uppercase()
                        || next.is_ascii_digit()
                        || matches!(next, '"' | '“' | '‘');
                    if starts_new
                        && (c != '.' || !is_abbreviation(para, chars[i].0, &para[chars[k].0..]))
                    {
                        let end = chars[j].0;
                        push(&mut out, &para[start..end], p);
                        start = chars[k].0;
                        i = k;
                        continue;
                    }
                }
            }
            i += 1;
        }
        push(&mut out, &para[start..], p);
    }
    out
}

fn push(out: &mut Vec<Sentence>, s: &str, paragraph: usize) {
    let s = s.trim();
    if !s.is_empty() {
        out.push(Sentence {
            text: one_way_ages(s),
            paragraph,
        });
    }
}

/// An age noun written one way: "23 year-old", "19-year old", "21 year old" become
/// "23-year-old" (one age in about fourteen is written so in GVA's reports), which every rule
/// reads; "9 or 10-year-old" becomes "9-or-10-year-old".
/// The only change the facts stage makes to a sentence it quotes as evidence.
fn one_way_ages(s: &str) -> String {
    static LOOSE_AGE: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"\b(\d{1,3})(?:\s+year-old|-year\s+old|\s+year\s+old|-years-old)\b").unwrap()
    });
    // "a 9 or 10-year-old boy": one age of two guesses, not nine people.
    static AGE_GUESS: LazyLock<Regex> =
        LazyLock::new(|| Regex::new(r"\b(\d{1,2}) or (\d{1,2})-year-old\b").unwrap());
    if !s.contains("year") {
        return s.to_string();
    }
    let one = LOOSE_AGE.replace_all(s, "$1-year-old");
    AGE_GUESS
        .replace_all(&one, "$1-or-$2-year-old")
        .into_owned()
}

/// Is the period at byte `dot` the end of an abbreviation or initial (not a sentence end)?
fn is_abbreviation(para: &str, dot: usize, rest: &str) -> bool {
    let before = &para[..dot];
    let word_start = before
        .char_indices()
        .rev()
        .find(|(_, c)| c.is_whitespace() || *c == '(')
        .map(|(i, c)| i + c.len_utf8())
        .unwrap_or(0);
    let word = &before[word_start..];
    if word.chars().count() == 1 && word.chars().all(|c| c.is_uppercase()) {
        return true; // an initial: "John Q. Public"
    }
    let lower = word.to_lowercase();
    if lower == "a.m" || lower == "p.m" {
        // "1 p.m. Thursday" goes on; "at 1 p.m. Police said" is a new sentence.
        let next_word: String = rest.chars().take_while(|c| c.is_alphabetic()).collect();
        return WEEKDAYS.iter().any(|w| next_word.eq_ignore_ascii_case(w));
    }
    ABBREVIATIONS.contains(&lower.as_str())
}

/// Verbs of being taken to a hospital ("taken to", "rushed by ambulance to", "airlifted to"):
/// one list for the people rules (`people.rs`) and the count rules (`counts.rs`), so that
/// what makes someone hurt and what counts the people shot agree.
pub const TO_HOSPITAL_VERBS: &str =
    "taken|transported|rushed|driven|flown|airlifted|brought|carried";

/// What hits someone shot ("hit by gunfire", "struck by a stray bullet", "grazed by a
/// round"): one list for the people rules and the count rules, like [`TO_HOSPITAL_VERBS`].
pub const PROJECTILES: &str = "gunfire|bullets?|gunshots?|shots?|pellets?|rounds?";

/// Ordinal words and their figures, in order ("Sixth Street" is "6th Street"; "a third
/// person died").
pub const ORDINALS: [(&str, &str); 20] = [
    ("First", "1st"),
    ("Second", "2nd"),
    ("Third", "3rd"),
    ("Fourth", "4th"),
    ("Fifth", "5th"),
    ("Sixth", "6th"),
    ("Seventh", "7th"),
    ("Eighth", "8th"),
    ("Ninth", "9th"),
    ("Tenth", "10th"),
    ("Eleventh", "11th"),
    ("Twelfth", "12th"),
    ("Thirteenth", "13th"),
    ("Fourteenth", "14th"),
    ("Fifteenth", "15th"),
    ("Sixteenth", "16th"),
    ("Seventeenth", "17th"),
    ("Eighteenth", "18th"),
    ("Nineteenth", "19th"),
    ("Twentieth", "20th"),
];

/// The value of an ordinal in words or figures ("second", "2nd", "Twentieth"): 1 to 20.
pub fn ordinal_value(word: &str) -> Option<u32> {
    ORDINALS
        .iter()
        .position(|(w, f)| w.eq_ignore_ascii_case(word) || f.eq_ignore_ascii_case(word))
        .map(|i| i as u32 + 1)
}

/// An abbreviated rank before a name, one word may open it ("Sgt. ", "Lance Cpl. "): the
/// count rules and the people rules read ranked names alike.
pub const ABBREVIATED_RANK: &str = r"(?:(?:[A-Z][a-z]+\s+)?[A-Z][a-z]{1,4}\.\s+)";

pub const WEEKDAYS: &[&str] = &[
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
];

pub const MONTHS: &[&str] = &[
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

pub use storyfold_model::month_number;

/// The weekday a capitalised name stands for ("Monday"); anything else is Sunday.
pub fn weekday_named(name: &str) -> jiff::civil::Weekday {
    use jiff::civil::Weekday;
    match name {
        "Monday" => Weekday::Monday,
        "Tuesday" => Weekday::Tuesday,
        "Wednesday" => Weekday::Wednesday,
        "Thursday" => Weekday::Thursday,
        "Friday" => Weekday::Friday,
        "Saturday" => Weekday::Saturday,
        _ => Weekday::Sunday,
    }
}

/// Value of a number written in digits or words ("two", "12", "a dozen").
pub fn number_value(word: &str) -> Option<u32> {
    let w = word.to_lowercase();
    let v = match w.as_str() {
        "a" | "an" | "one" | "single" | "lone" => 1,
        "two" | "both" | "pair" | "couple" => 2,
        "three" => 3,
        "four" => 4,
        "five" => 5,
        "six" => 6,
        "seven" => 7,
        "eight" => 8,
        "nine" => 9,
        "ten" => 10,
        "eleven" => 11,
        "twelve" | "dozen" => 12,
        "thirteen" => 13,
        "fourteen" => 14,
        "fifteen" => 15,
        "sixteen" => 16,
        "seventeen" => 17,
        "eighteen" => 18,
        "nineteen" => 19,
        "twenty" => 20,
        // Vague quantifiers map to fixed conservative values (documented in docs/FACTS.md).
        "several" | "few" | "multiple" => 3,
        "dozens" => 24,
        _ => return w.parse().ok().filter(|n: &u32| *n < 1000),
    };
    Some(v)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn splits_sentences_but_not_abbreviations() {
        let p = vec![
            "Officers were called shortly before 1 p.m. Thursday to a home in Independence, Mo. The chief spoke. “We are sad.” He left. Sgt. Ann Lee said J. R. Smith was there.".to_string(),
        ];
        let s: Vec<String> = sentences(&p).into_iter().map(|s| s.text).collect();
        assert_eq!(s.len(), 4, "{s:?}");
        // "Mo." is an abbreviation, so a sentence ending in a state abbreviation runs on.
        assert!(
            s[0].ends_with("Independence, Mo. The chief spoke."),
            "{s:?}"
        );
        assert_eq!(s[1], "“We are sad.”");
        assert!(s[3].starts_with("Sgt. Ann Lee"), "{s:?}");
        let glued = sentences(&[
            "Three were hurt.Vargas moved here. See www.example.com today.".to_string(),
        ]);
        assert_eq!(glued.len(), 3, "{glued:?}");
    }

    #[test]
    fn ages_are_written_one_way() {
        let s = sentences(&[
            "A 23 year-old man and a 19-year old woman were shot. A 9 or 10-year-old boy died."
                .to_string(),
        ]);
        assert_eq!(
            s[0].text,
            "A 23-year-old man and a 19-year-old woman were shot."
        );
        assert_eq!(s[1].text, "A 9-or-10-year-old boy died.");
    }

    #[test]
    fn numbers() {
        assert_eq!(number_value("Two"), Some(2));
        assert_eq!(number_value("14"), Some(14));
        assert_eq!(number_value("dozens"), Some(24));
        assert_eq!(number_value("officers"), None);
    }
}
