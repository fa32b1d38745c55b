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
    /// Lower-cased county name ("jackson county") → states having it.
    counties: FxHashMap<String, Vec<&'static str>>,
}

static PLACES: &str = include_str!("../data/us_places.tsv");
static STATES: &str = include_str!("../data/us_states.tsv");
static COUNTIES: &str = include_str!("../data/us_counties.tsv");

fn rows(data: &'static str) -> impl Iterator<Item = Vec<&'static str>> {
    data.lines()
        .filter(|l| !l.starts_with('#') && !l.is_empty())
        .map(|l| l.split('\t').collect())
}

pub static GAZETTEER: LazyLock<Gazetteer> = LazyLock::new(|| {
    let states = rows(STATES)
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
        places.entry(r[0].to_lowercase()).or_default().push(place);
    }
    for list in places.values_mut() {
        list.sort_by(|a, b| b.population.cmp(&a.population));
    }
    let mut counties: FxHashMap<String, Vec<&'static str>> = FxHashMap::default();
    for r in rows(COUNTIES) {
        counties.entry(r[0].to_lowercase()).or_default().push(r[1]);
    }
    Gazetteer {
        states,
        places,
        counties,
    }
});

impl Gazetteer {
    /// A state from its full name, postal code or AP abbreviation ("Missouri", "MO", "Mo.").
    pub fn state(&self, s: &str) -> Option<&State> {
        let s = s.trim();
        let lower = s.to_lowercase();
        let dotted = lower.replace(' ', "");
        self.states.iter().find(|st| {
            st.name.to_lowercase() == lower
                || st.postal == s
                || st.ap.to_lowercase().replace(' ', "") == dotted
                || (st.ap.ends_with('.') && st.ap[..st.ap.len() - 1].to_lowercase() == lower)
        })
    }

    /// Places with this name (any case), most populous first.
    pub fn places(&self, name: &str) -> &[Place] {
        let key = name.to_lowercase();
        let key = key
            .strip_prefix("st. ")
            .map(|k| format!("saint {k}"))
            .unwrap_or(key);
        self.places.get(&key).map(Vec::as_slice).unwrap_or(&[])
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
    }
}
