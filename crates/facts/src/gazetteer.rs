//! The US gazetteer shipped with the binary (GeoNames data, CC BY 4.0; see
//! `tools/gazetteer/README.md` for how the files are rebuilt). Loaded once, read-only.

use std::sync::LazyLock;

use rustc_hash::FxHashMap;

#[derive(Debug, Clone, PartialEq)]
pub struct Place {
    pub name: &'static str,
    pub state: &'static str,
    pub county: Option<&'static str>,
    pub lat: f64,
    pub lon: f64,
    pub population: u32,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct State {
    pub name: &'static str,
    pub postal: &'static str,
    pub ap: &'static str,
}

pub struct Gazetteer {
    pub states: Vec<State>,
    /// Lower-cased place name → places of that name, most populous first.
    places: FxHashMap<String, Vec<Place>>,
    /// The keys of `by_compact` with a place of 100,000 or more, sorted: the names web host
    /// labels are matched against.
    compact: Vec<String>,
    /// Every place name without spaces or dots ("johnsoncity") → places of that name, most
    /// populous first.
    by_compact: FxHashMap<String, Vec<Place>>,
    /// Lower-cased county name ("jackson county") → states having it.
    counties: FxHashMap<String, Vec<&'static str>>,
    /// The forms [`Gazetteer::state`] accepts, each to the first state (in `states` order)
    /// that has it: lower-cased names and AP abbreviations without their full stop; AP
    /// abbreviations lower-cased without spaces; postal codes as written.
    state_by_lower: FxHashMap<String, usize>,
    state_by_compact_ap: FxHashMap<String, usize>,
    state_by_postal: FxHashMap<&'static str, usize>,
    /// Telephone area code → its state's full name (codes of one state only).
    area_codes: FxHashMap<u16, &'static str>,
}

static PLACES: &str = include_str!("../data/us_places.tsv");
static STATES: &str = include_str!("../data/us_states.tsv");
static COUNTIES: &str = include_str!("../data/us_counties.tsv");
/// Built by `tools/area_codes/build.py` (see its README).
static AREA_CODES: &str = include_str!("../data/us_area_codes.tsv");

/// Lookup key of a place name: lower case, "St." spelled "saint".
fn place_key(name: &str) -> String {
    // "St. Louis", "Bay St. Louis", "Ft. Worth", "Mt. Vernon": the gazetteer spells them out.
    let lower = name.trim().to_lowercase();
    let words: Vec<&str> = lower.split_whitespace().collect();
    if words.len() < 2 {
        return lower;
    }
    let last = words.len() - 1;
    words
        .iter()
        .enumerate()
        .map(|(i, w)| match *w {
            "st." | "st" if i < last => "saint",
            "ft." | "ft" if i < last => "fort",
            "mt." | "mt" if i < last => "mount",
            w => w,
        })
        .collect::<Vec<_>>()
        .join(" ")
}

fn rows(data: &'static str) -> impl Iterator<Item = Vec<&'static str>> {
    data.lines()
        .filter(|l| !l.starts_with('#') && !l.is_empty())
        .map(|l| l.split('\t').collect())
}

pub static GAZETTEER: LazyLock<Gazetteer> = LazyLock::new(|| {
    let states: Vec<State> = rows(STATES)
        .map(|r| State {
            name: r[0],
            postal: r[1],
            ap: r[2],
        })
        .collect();
    let mut places: FxHashMap<String, Vec<Place>> = FxHashMap::default();
    for r in rows(PLACES) {
        let place = Place {
            name: r[0],
            state: r[1],
            county: Some(r[2]).filter(|c| !c.is_empty()),
            lat: r[3].parse().unwrap_or(0.0),
            lon: r[4].parse().unwrap_or(0.0),
            population: r[5].parse().unwrap_or(0),
        };
        places.entry(place_key(r[0])).or_default().push(place);
    }
    for list in places.values_mut() {
        list.sort_by_key(|p| std::cmp::Reverse(p.population));
    }
    let mut counties: FxHashMap<String, Vec<&'static str>> = FxHashMap::default();
    for r in rows(COUNTIES) {
        counties.entry(r[0].to_lowercase()).or_default().push(r[1]);
    }
    let by_compact: FxHashMap<String, Vec<Place>> = places
        .values()
        .map(|list| {
            (
                list[0].name.to_lowercase().replace([' ', '.', '-'], ""),
                list.clone(),
            )
        })
        .collect();
    let mut compact: Vec<String> = by_compact
        .iter()
        .filter(|(_, list)| list.iter().any(|p| p.population >= 100_000))
        .map(|(key, _)| key.clone())
        .collect();
    compact.sort();
    let mut state_by_lower = FxHashMap::default();
    let mut state_by_compact_ap = FxHashMap::default();
    let mut state_by_postal = FxHashMap::default();
    for (i, st) in states.iter().enumerate() {
        state_by_lower.entry(st.name.to_lowercase()).or_insert(i);
        if let Some(bare) = st.ap.strip_suffix('.') {
            state_by_lower.entry(bare.to_lowercase()).or_insert(i);
        }
        state_by_compact_ap
            .entry(st.ap.to_lowercase().replace(' ', ""))
            .or_insert(i);
        state_by_postal.entry(st.postal).or_insert(i);
    }
    let area_codes = rows(AREA_CODES)
        .filter_map(|r| Some((r[0].parse().ok()?, r[1])))
        .collect();
    Gazetteer {
        states,
        places,
        compact,
        by_compact,
        counties,
        state_by_lower,
        state_by_compact_ap,
        state_by_postal,
        area_codes,
    }
});

impl Gazetteer {
    /// The state of a US telephone area code (`302` → Delaware); none for toll-free and
    /// other codes of no one state.
    pub fn area_code_state(&self, code: u16) -> Option<&'static str> {
        self.area_codes.get(&code).copied()
    }

    /// A state from its full name, postal code or AP abbreviation ("Missouri", "MO", "Mo.").
    pub fn state(&self, s: &str) -> Option<&State> {
        // Hash lookups, not a scan: this runs for every capitalised phrase of every report.
        let s = s.trim();
        let lower = s.to_lowercase();
        let compact = lower.replace(' ', "");
        [
            self.state_by_lower.get(&lower),
            self.state_by_compact_ap.get(&compact),
            self.state_by_postal.get(s),
        ]
        .into_iter()
        .flatten()
        .min()
        .map(|&i| &self.states[i])
    }

    /// Places with this name (any case, "St." or "Saint"), most populous first.
    pub fn places(&self, name: &str) -> &[Place] {
        self.places
            .get(&place_key(name))
            .map(Vec::as_slice)
            .unwrap_or(&[])
    }

    /// The largest place (at least `min_population`) whose name, without spaces, starts or
    /// ends a web host label: `chicagotribune.com` → Chicago, `nbcmiami.com` → Miami,
    /// `kansascity.com` → Kansas City. A weak hint of an outlet's home.
    pub fn place_in_host(&self, host: &str, min_population: u32) -> Option<&Place> {
        let mut best: Option<(usize, &Place)> = None;
        for label in host
            .split('.')
            .filter(|l| !matches!(*l, "www" | "com" | "org" | "net" | "us"))
        {
            let label = label.to_lowercase();
            for key in &self.compact {
                let places = &self.by_compact[key];
                if key.len() < 5
                    || !(label.starts_with(key.as_str()) || label.ends_with(key.as_str()))
                {
                    continue;
                }
                if let Some(p) = places.iter().find(|p| p.population >= min_population) {
                    let better = best.is_none_or(|(len, b)| {
                        key.len() > len || (key.len() == len && p.population > b.population)
                    });
                    if better {
                        best = Some((key.len(), p));
                    }
                }
            }
        }
        best.map(|(_, p)| p)
    }

    /// The most populous place (at least `min_population`) whose name, without spaces, is a
    /// host label's start followed by only a newspaper's word: `thomastontimes.com` →
    /// Thomaston, `johnsoncitypress.com` → Johnson City. Firmer than [`Self::place_in_host`]'s
    /// any start or end, so it may take smaller towns.
    pub fn town_of_paper_host(&self, host: &str, min_population: u32) -> Option<&Place> {
        const PAPER_WORDS: &[&str] = &[
            "times",
            "news",
            "press",
            "daily",
            "dailynews",
            "publishing",
            "courier",
            "herald",
            "gazette",
            "journal",
            "tribune",
            "record",
            "post",
            "chronicle",
            "observer",
            "register",
            "sentinel",
            "leader",
            "telegraph",
            "examiner",
            "review",
            "citizen",
            "democrat",
            "banner",
            "dispatch",
            "independent",
            "messenger",
            "reporter",
            "standard",
            "bulletin",
            "eagle",
            "enterprise",
            "ledger",
            "today",
            "online",
        ];
        host.split('.')
            .flat_map(|label| {
                let label = label.to_lowercase();
                PAPER_WORDS
                    .iter()
                    .filter_map(move |w| Some(label.strip_suffix(w)?.to_string()))
                    .collect::<Vec<_>>()
            })
            // "delawareonline.com" is the state's paper, not Delaware, Ohio's.
            .filter(|town| {
                town.len() >= 5
                    && !self
                        .states
                        .iter()
                        .any(|st| st.name.to_lowercase().replace(' ', "") == *town)
            })
            .filter_map(|town| self.by_compact.get(&town))
            .filter_map(|places| places.iter().find(|p| p.population >= min_population))
            .max_by_key(|p| p.population)
    }

    /// The place with this name in this state, if any.
    pub fn place_in(&self, name: &str, state: &str) -> Option<&Place> {
        self.places(name).iter().find(|p| p.state == state)
    }

    /// States that have a county of this name ("Jackson County").
    pub fn county_states(&self, county: &str) -> &[&'static str] {
        self.counties
            .get(&county.to_lowercase())
            .map(Vec::as_slice)
            .unwrap_or(&[])
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lookups() {
        let g = &*GAZETTEER;
        assert_eq!(g.states.len(), 51);
        assert_eq!(g.state("Mo.").unwrap().name, "Missouri");
        assert_eq!(g.state("MO").unwrap().name, "Missouri");
        assert_eq!(g.state("Calif.").unwrap().name, "California");
        assert_eq!(g.state("Ohio").unwrap().name, "Ohio");
        assert_eq!(g.state("N.C.").unwrap().name, "North Carolina");
        let ind = g.place_in("Independence", "Missouri").unwrap();
        assert_eq!(ind.county, Some("Jackson County"));
        assert_eq!(g.places("portland")[0].state, "Oregon");
        assert!(g.county_states("Jackson County").contains(&"Missouri"));
        assert_eq!(
            g.places("Saint Louis")
                .iter()
                .find(|p| p.state == "Missouri")
                .unwrap()
                .name,
            "St. Louis"
        );
        assert_eq!(
            g.place_in_host("chicagotribune.com", 100_000).unwrap().name,
            "Chicago"
        );
        assert_eq!(
            g.place_in_host("kansascity.com", 100_000).unwrap().name,
            "Kansas City"
        );
        assert_eq!(g.place_in_host("wmcactionnews5.com", 100_000), None);
        // A town's paper: the town's name and only a newspaper's word.
        let paper = |host| g.town_of_paper_host(host, 5_000).map(|p| (p.name, p.state));
        assert_eq!(
            paper("johnsoncitypress.com"),
            Some(("Johnson City", "Tennessee"))
        );
        assert_eq!(paper("lufkindailynews.com"), Some(("Lufkin", "Texas")));
        assert_eq!(paper("delawareonline.com"), None);
        assert_eq!(paper("kansascity.com"), None);
    }
}

#[cfg(test)]
mod state_lookup_tests {
    use super::*;

    /// The definition the lookup tables implement: the first state any form matches.
    fn by_scan(s: &str) -> Option<&'static State> {
        let s = s.trim();
        let lower = s.to_lowercase();
        let dotted = lower.replace(' ', "");
        GAZETTEER.states.iter().find(|st| {
            st.name.to_lowercase() == lower
                || st.postal == s
                || st.ap.to_lowercase().replace(' ', "") == dotted
                || (st.ap.ends_with('.') && st.ap[..st.ap.len() - 1].to_lowercase() == lower)
        })
    }

    #[test]
    fn state_lookup_matches_the_scan() {
        let mut inputs: Vec<String> = vec![
            "Ohio".into(),
            " ohio ".into(),
            "OH".into(),
            "oh".into(),
            "Mo.".into(),
            "Mo".into(),
            "N.Y.".into(),
            "N. Y.".into(),
            "Wash".into(),
            "Kansas City".into(),
            "".into(),
            "Ill.".into(),
        ];
        for st in &GAZETTEER.states {
            inputs.extend([
                st.name.to_string(),
                st.postal.to_string(),
                st.ap.to_string(),
                st.name.to_uppercase(),
                st.ap.to_lowercase(),
            ]);
        }
        for i in &inputs {
            assert_eq!(
                GAZETTEER.state(i).map(|s| s.name),
                by_scan(i).map(|s| s.name),
                "{i:?}"
            );
        }
    }
}
