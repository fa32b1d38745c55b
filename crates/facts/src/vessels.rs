//! Named ships ("INS Kaveri", "MV Ocean Star"): the "who" of maritime news (piracy, boardings,
//! collisions, sinkings), where two incidents in one sea and one month are told apart by the
//! ships in them, not by towns or streets.
//!
//! Hand-written: a ship is named by a hull prefix before its name, which no entity recogniser
//! here reads, and the prefixes are few.

use std::sync::LazyLock;

use regex::Regex;

use crate::Sentence;
use crate::text::{MONTHS, WEEKDAYS};

/// A hull prefix (navies' and merchant ships'), then the ship's first name word. Prefixes that
/// are more often something else are left out: "SS" (a school, a sports club), "RV" (a
/// recreational vehicle), "MS" and "JS".
static VESSEL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\b(INS|USS|USNS|USCGC|HMS|HMAS|HMCS|HMNZS|CCGS|PNS|ROKS|KRI|BNS|SLNS|MV|M/V|MT|M/T|FV|F/V|R/V)\s+([A-Z][a-z][A-Za-z'-]*)").unwrap()
});

/// Words after "INS" that make it the former U.S. immigration service ("INS officials");
/// weekdays and months name no ship either.
const NOT_A_SHIP: &[&str] = &[
    "Agent",
    "Agents",
    "Commissioner",
    "Director",
    "District",
    "Office",
    "Officials",
    "Spokesman",
    "Spokeswoman",
    "Detention",
];

/// The ships the sentences name, each as its normalised prefix and first name word,
/// lowercased ("INS Kaveri" → "ins kaveri", "M/V Ocean Star" → "mv ocean"), sorted and
/// distinct. The first word is enough to tell ships apart and survives a name cut short
/// ("MV Ocean" for "MV Ocean Star").
pub fn vessels(sents: &[Sentence]) -> Vec<String> {
    let mut out: Vec<String> = sents
        .iter()
        .flat_map(|s| VESSEL.captures_iter(&s.text))
        .filter(|c| {
            let w = &c[2];
            !NOT_A_SHIP.contains(&w) && !WEEKDAYS.contains(&w) && !MONTHS.contains(&w)
        })
        .map(|c| format!("{} {}", c[1].replace('/', ""), &c[2]).to_lowercase())
        .collect();
    out.sort();
    out.dedup();
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::sentences;

    fn read(text: &str) -> Vec<String> {
        vessels(&sentences(&[text.to_string()]))
    }

    #[test]
    fn hull_prefixes_name_ships_by_their_first_word() {
        assert_eq!(
            read(
                "Sailors from INS Kaveri boarded the M/V Ocean Star on Tuesday. \
                 The MV Ocean had sent a distress call."
            ),
            ["ins kaveri", "mv ocean"]
        );
    }

    #[test]
    fn other_uses_of_the_letters_are_no_ships() {
        assert!(
            read(
                "INS officials met the family on the MV Monday run. The SS Lions won again. \
                 A man parked his RV Park-side. Mv ocean was in lower case."
            )
            .is_empty()
        );
    }
}
