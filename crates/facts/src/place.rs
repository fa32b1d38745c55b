//! Where: the city and state of the incident from the dateline, "City, State" pairs,
//! "in/near City" phrases and county names, checked against the gazetteer.
//!
//! Scoring: a dateline counts most; "City, State" pairs next; a bare "in City" counts
//! only for places the gazetteer knows, preferring states the report names and more
//! populous places. "near City" counts least (the incident is elsewhere).

use std::sync::LazyLock;

use regex::Regex;
use rustc_hash::FxHashMap;
use storyfold_model::{Dateline, Evidence, PlaceFact};

use crate::gazetteer::{GAZETTEER, Place};
use crate::text::Sentence;

static CITY_STATE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\b((?:[A-Z][a-z]+\.?|[A-Z][a-z]*[A-Z][a-z]+)(?:[ -](?:[A-Z][a-z]+|of|de|la))*),\s+([A-Z][a-z]+\.?(?:\s?[A-Z][a-z]*\.?)?)").unwrap()
});

static IN_CITY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\b(in|near|of|outside|at)\s+((?:[A-Z][a-z]+\.?|[A-Z][a-z]*[A-Z][a-z]+)(?:\s(?:[A-Z][a-z]+))*)").unwrap()
});

static COUNTY: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\b((?:[A-Z][a-z]+\.?\s){1,3})(County|Parish)\b").unwrap());

#[derive(Default)]
struct Tally {
    score: f32,
    sentence: Option<String>,
    rule: &'static str,
}

fn add(
    t: &mut FxHashMap<(String, &'static str), Tally>,
    p: &Place,
    w: f32,
    sentence: &str,
    rule: &'static str,
) {
    let e = t.entry((p.name.to_string(), p.state)).or_default();
    if w > e.score || e.sentence.is_none() {
        e.sentence = Some(sentence.to_string());
        e.rule = rule;
    }
    e.score += w;
}

/// States the text names, with how often.
fn states_named(sentences: &[Sentence]) -> FxHashMap<&'static str, u32> {
    let mut out = FxHashMap::default();
    for s in sentences {
        for st in &GAZETTEER.states {
            if s.text.contains(st.name) {
                *out.entry(st.name).or_default() += 1;
            }
        }
    }
    out
}

/// The incident's place as this report gives it.
pub fn incident_place(dateline: Option<&Dateline>, sentences: &[Sentence]) -> Option<PlaceFact> {
    let g = &*GAZETTEER;
    let named = states_named(sentences);
    let mut tally: FxHashMap<(String, &'static str), Tally> = FxHashMap::default();

    if let Some(d) = dateline {
        if let Some(place) = &d.place {
            let name = title_case(place);
            let state = d.region.as_deref().and_then(|r| g.state(r)).map(|s| s.name);
            let found = match state {
                Some(st) => g.place_in(&name, st),
                None => best_by_state(g.places(&name), &named),
            };
            if let Some(p) = found {
                add(
                    &mut tally,
                    p,
                    5.0,
                    &format!(
                        "{place}{}",
                        d.region
                            .as_deref()
                            .map(|r| format!(", {r}"))
                            .unwrap_or_default()
                    ),
                    "dateline",
                );
            }
        }
    }
    for (i, s) in sentences.iter().enumerate() {
        let early = if i < 4 { 1.5 } else { 1.0 };
        for c in CITY_STATE.captures_iter(&s.text) {
            let Some(st) = g.state(&c[2]) else { continue };
            let city = c[1].trim_start_matches("The ");
            if let Some(p) = g.place_in(city, st.name) {
                add(&mut tally, p, 3.0 * early, &s.text, "city-state");
            }
        }
        for c in IN_CITY.captures_iter(&s.text) {
            let prep = &c[1];
            let words: Vec<&str> = c[2].split(' ').collect();
            // Try the longest run of capitalised words first ("Kansas City" before "Kansas").
            for n in (1..=words.len().min(3)).rev() {
                let name = words[..n].join(" ");
                if g.state(&name).is_some() && n == words.len() {
                    break;
                }
                if let Some(p) = best_by_state(g.places(&name), &named) {
                    let w = if prep == "near" || prep == "outside" {
                        0.3
                    } else if prep == "in" {
                        1.0
                    } else {
                        0.5
                    };
                    add(&mut tally, p, w * early, &s.text, "in-city");
                    break;
                }
            }
        }
    }
    // Named states add weight to their cities.
    for ((_, state), t) in tally.iter_mut() {
        if let Some(n) = named.get(state) {
            t.score += 0.5 * (*n as f32).min(3.0);
        }
    }
    let best = tally
        .into_iter()
        .max_by(|a, b| a.1.score.total_cmp(&b.1.score).then_with(|| b.0.cmp(&a.0)));
    if let Some(((name, state), t)) = best {
        if t.score >= 0.9 {
            let p = g.place_in(&name, state)?;
            return Some(PlaceFact {
                city: Some(p.name.to_string()),
                county: p.county.map(str::to_string),
                state: Some(p.state.to_string()),
                country: Some("US".into()),
                lat: Some(p.lat),
                lon: Some(p.lon),
                evidence: Evidence {
                    sentence: t.sentence.unwrap_or_default(),
                    rule: t.rule.to_string(),
                },
            });
        }
    }
    // No city: a county, or a state the report names most.
    for s in sentences {
        for c in COUNTY.captures_iter(&s.text) {
            let county = format!("{}{}", &c[1], &c[2]);
            let states = g.county_states(&county);
            let state = states
                .iter()
                .find(|st| named.contains_key(*st))
                .or(states.first());
            if let Some(st) = state {
                return Some(PlaceFact {
                    city: None,
                    county: Some(county),
                    state: Some(st.to_string()),
                    country: Some("US".into()),
                    lat: None,
                    lon: None,
                    evidence: Evidence {
                        sentence: s.text.clone(),
                        rule: "county".into(),
                    },
                });
            }
        }
    }
    let (state, _) = named
        .into_iter()
        .max_by(|a, b| a.1.cmp(&b.1).then(b.0.cmp(a.0)))?;
    Some(PlaceFact {
        city: None,
        county: None,
        state: Some(state.to_string()),
        country: Some("US".into()),
        lat: None,
        lon: None,
        evidence: Evidence {
            sentence: String::new(),
            rule: "state-named".into(),
        },
    })
}

/// Among same-named places, one in a state the report names, else the most populous
/// (only when it is a sizeable place: small namesakes are too ambiguous).
fn best_by_state<'a>(
    places: &'a [Place],
    named: &FxHashMap<&'static str, u32>,
) -> Option<&'a Place> {
    if let Some(p) = places.iter().find(|p| named.contains_key(p.state)) {
        return Some(p);
    }
    places.first().filter(|p| p.population >= 50_000)
}

fn title_case(s: &str) -> String {
    s.split(' ')
        .map(|w| {
            let mut c = w.chars();
            match c.next() {
                Some(f) => f
                    .to_uppercase()
                    .chain(c.flat_map(char::to_lowercase))
                    .collect(),
                None => String::new(),
            }
        })
        .collect::<Vec<_>>()
        .join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::sentences;

    fn place(dateline: Option<Dateline>, text: &str) -> Option<(Option<String>, Option<String>)> {
        incident_place(dateline.as_ref(), &sentences(&[text.to_string()]))
            .map(|p| (p.city, p.state))
    }

    #[test]
    fn dateline_wins() {
        let d = Dateline {
            place: Some("GARY".into()),
            region: Some("Ind.".into()),
            agency: Some("AP".into()),
        };
        assert_eq!(
            place(Some(d), "A man was shot near Chicago.").unwrap(),
            (Some("Gary".into()), Some("Indiana".into()))
        );
    }

    #[test]
    fn named_state_disambiguates() {
        let text = "Officers were called to a home in Independence, near Kansas City. In Missouri, the chief spoke.";
        assert_eq!(
            place(None, text).unwrap(),
            (Some("Independence".into()), Some("Missouri".into()))
        );
        assert_eq!(
            place(None, "Shots rang out in Portland, Maine.")
                .unwrap()
                .0
                .as_deref(),
            Some("Portland")
        );
        assert_eq!(
            place(None, "Shots rang out in Portland, Maine.")
                .unwrap()
                .1
                .as_deref(),
            Some("Maine")
        );
    }

    #[test]
    fn county_when_no_city() {
        let p = place(None, "Deputies in Jackson County, Missouri responded.").unwrap();
        assert_eq!(p.1.as_deref(), Some("Missouri"));
    }
}
