//! Quotes and their speakers: “…,” Dustman said / said Quinton Lucas / Judge Otto said: “…”.
//! A pronoun speaker ("he added") is the last speaker named in the same or previous paragraph.
//! A sentence that is nothing but a quote, right after an attributed quote in the same
//! paragraph, continues that speaker's words (`"…," said the mayor. "…"`).

use std::sync::LazyLock;

use regex::Regex;
use storyfold_model::{Evidence, Person, QuoteFact};

use crate::text::Sentence;

static QUOTE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r#"“([^”]{8,})”|"([^"]{8,})""#).unwrap());
static VERB: &str = r"(?:said|says|added|told|wrote|stated|explained|continued|recalled|posted)";
static AFTER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"^[,\s]*(?:(?:{VERB})\s+((?:[A-Z][\w.'’-]*\s?){{1,5}})|((?:[A-Z][\w.'’-]*\s?){{1,5}}|he|she|they)\s+{VERB})"
    ))
    .unwrap()
});
static BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"((?:[A-Z][\w.'’-]*\s?){{1,5}})\s+{VERB}(?:\s+in\s+a\s+statement|\s+\w+day)?[,:]?\s*$"
    ))
    .unwrap()
});

/// Resolves a written speaker ("Dustman", "Police Chief Adam Dustman") to a person's name.
fn resolve(written: &str, people: &[Person]) -> Option<String> {
    let written = written.trim().trim_end_matches([',', '.']);
    people
        .iter()
        .filter_map(|p| p.name.as_deref())
        .find(|n| {
            written.ends_with(n) || n.split_whitespace().last() == written.split_whitespace().last()
        })
        .map(str::to_string)
}

pub fn quotes(sentences: &[Sentence], people: &[Person]) -> Vec<QuoteFact> {
    let mut out = Vec::new();
    let mut last_speaker: Option<(usize, String)> = None;
    // The paragraph and speaker of the quote just read.
    let mut last_quote: Option<(usize, Option<String>)> = None;
    for s in sentences {
        let text = s.text.as_str();
        for c in QUOTE.captures_iter(text) {
            let whole = c.get(0).unwrap();
            let quoted = c.get(1).or(c.get(2)).unwrap().as_str();
            let quoted = quoted.trim().trim_end_matches(',').to_string();
            if quoted.split_whitespace().count() < 3 {
                continue;
            }
            let after = &text[whole.end()..];
            let before = &text[..whole.start()];
            let mut speaker = None;
            if let Some(a) = AFTER.captures(after) {
                let w = a.get(1).or(a.get(2)).unwrap().as_str();
                speaker = if matches!(w, "he" | "she" | "they") {
                    last_speaker
                        .as_ref()
                        .filter(|(p, _)| s.paragraph <= p + 1)
                        .map(|(_, n)| n.clone())
                } else {
                    resolve(w, people)
                };
            }
            if speaker.is_none()
                && let Some(b) = BEFORE.captures(before)
            {
                speaker = resolve(&b[1], people);
            }
            if speaker.is_none() {
                // "Allen “did exactly ...,” Dustman said": the verb follows the quote within the sentence.
                static LATER: LazyLock<Regex> = LazyLock::new(|| {
                    Regex::new(&format!(r"((?:[A-Z][\w.'’-]*\s?){{1,4}})\s+{VERB}")).unwrap()
                });
                if let Some(l) = LATER.captures(after) {
                    speaker = resolve(&l[1], people);
                }
            }
            let bare = |t: &str| {
                t.trim_matches(|c: char| c.is_whitespace() || ".,;".contains(c))
                    .is_empty()
            };
            let mut rule = "quote";
            if speaker.is_none()
                && bare(before)
                && bare(after)
                && let Some((p, Some(previous))) = &last_quote
                && *p == s.paragraph
            {
                speaker = Some(previous.clone());
                rule = "quote-continued";
            }
            if let Some(sp) = &speaker {
                last_speaker = Some((s.paragraph, sp.clone()));
            }
            last_quote = Some((s.paragraph, speaker.clone()));
            out.push(QuoteFact {
                speaker,
                text: quoted,
                evidence: Evidence {
                    sentence: text.into(),
                    rule: rule.into(),
                },
            });
        }
        // A sentence naming a speaker without a quote ("Chief Dustman said Thursday") sets
        // who "he" is in the next sentence.
        static SAID: LazyLock<Regex> = LazyLock::new(|| {
            Regex::new(&format!(r"((?:[A-Z][\w.'’-]*\s?){{1,5}})\s+{VERB}")).unwrap()
        });
        if !QUOTE.is_match(text)
            && let Some(sp) = SAID
                .captures_iter(text)
                .filter_map(|c| resolve(&c[1], people))
                .last()
        {
            last_speaker = Some((s.paragraph, sp));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::sentences;

    #[test]
    fn a_bare_quote_after_an_attributed_one_continues_it_in_the_same_paragraph_only() {
        let paragraphs = [
            "\"The whole street heard it and came running,\" said Mayor Rosa Tilden. \"We will rebuild the corner store together.\"".to_string(),
            "\"Nobody should have to hear that again on their own block.\"".to_string(),
            "Fire Chief Omar Bell spoke later. \"The crews stayed until the roof was safe.\"".to_string(),
        ];
        let sents = sentences(&paragraphs);
        let people = crate::people::people(&sents);
        let qs = quotes(&sents, &people);
        let speaker = |start: &str| {
            qs.iter()
                .find(|q| q.text.starts_with(start))
                .unwrap_or_else(|| panic!("no quote {start:?} in {qs:#?}"))
                .speaker
                .clone()
        };
        assert_eq!(speaker("The whole street").as_deref(), Some("Rosa Tilden"));
        assert_eq!(speaker("We will rebuild").as_deref(), Some("Rosa Tilden"));
        // Another paragraph: not a continuation.
        assert_eq!(speaker("Nobody should"), None);
    }
}
