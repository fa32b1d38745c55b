//! The canonical case: `../shared/seeds` (real articles, never copied into the repository).

use serde_json::Value;

use crate::util::{Fold, fold_json, shared};

fn names(inc: &Value) -> Vec<&Value> {
    inc["participants"].as_array().unwrap().iter().collect()
}

#[test]
fn seeds_fold_into_one_event_with_one_copy_group() {
    let Some(shared) = shared() else {
        println!("skipped: ../shared is absent, so the seed reports are not available");
        return;
    };
    let f = Fold::new(fold_json(&[&shared.join("seeds")]));
    let a = "000_65660edb5d58ff0e.txt";
    let b = "001_2c7160d08a083f80.txt";
    let c = "002_da57baf0e10ec955.txt";
    assert_eq!(f.report(b)["copy_of"], a);
    assert_eq!(f.report(b)["relation"], "syndicated");
    assert_eq!(f.report(a)["copy_of"], Value::Null);
    assert_eq!(f.report(c)["copy_of"], Value::Null);
    assert_eq!(f.events.len(), 1);
    let inc = &f.events[0]["incident"];
    assert_eq!(inc["kind"], "shooting");
    assert_eq!(inc["date"]["value"], "2024-02-29");
    assert_eq!(inc["place"]["city"], "Independence");
    assert_eq!(inc["place"]["state"], "Missouri");
    assert_eq!(inc["killed"]["value"], 2);
    assert!(inc["injured"]["value"].as_u64().unwrap() >= 2);
    let people = names(inc);
    let allen = people
        .iter()
        .find(|p| p["name"] == "Cody Allen")
        .expect("Cody Allen");
    assert_eq!(
        (
            allen["role"].as_str(),
            allen["title"].as_str(),
            allen["age"].as_u64(),
            allen["status"].as_str(),
            allen["gender"].as_str()
        ),
        (
            Some("victim"),
            Some("police officer"),
            Some(35),
            Some("killed"),
            Some("male")
        )
    );
    let mack = people
        .iter()
        .find(|p| p["name"] == "Drexel Mack")
        .expect("Drexel Mack");
    assert_eq!(
        (
            mack["role"].as_str(),
            mack["title"].as_str(),
            mack["status"].as_str()
        ),
        (Some("victim"), Some("process server"), Some("killed"))
    );
    // The reports give Mack's age only as "in his early 40s": a range, not a made-up number.
    assert_eq!(mack["age"], serde_json::Value::Null);
    assert_eq!(mack["age_range"], serde_json::json!([40, 43]));
    let suspect = people
        .iter()
        .find(|p| p["role"] == "suspect")
        .expect("a suspect");
    assert_eq!(suspect["gender"], "male");
    let quotes = inc["quotes"].as_array().unwrap();
    for speaker in ["Adam Dustman", "Jalilah Otto", "Quinton Lucas"] {
        assert!(
            quotes.iter().any(|q| q["speaker"] == speaker),
            "no quote by {speaker}: {quotes:#?}"
        );
    }
    // The two wounded officers, unnamed, with the title their count's sentence gives.
    let wounded: Vec<_> = inc["participants"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|p| p["name"].is_null() && p["status"] == "injured")
        .collect();
    assert_eq!(wounded.len(), 2, "{wounded:#?}");
    assert!(
        wounded.iter().all(|p| p["title"] == "police officer"),
        "{wounded:#?}"
    );
    // Every quote has its speaker, also the second half of a statement ("…," said X. "…").
    assert!(
        quotes.iter().all(|q| q["speaker"].is_string()),
        "a quote without its speaker: {quotes:#?}"
    );
    // Sources on every fact.
    for field in ["date", "place", "killed", "injured"] {
        assert!(
            !inc[field]["sources"].as_array().unwrap().is_empty(),
            "{field} has no sources"
        );
    }
    for p in people {
        assert!(
            !p["sources"].as_array().unwrap().is_empty(),
            "{p} has no sources"
        );
    }
}
