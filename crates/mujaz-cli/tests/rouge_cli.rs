//! Runs the real `mujaz` binary: rouge and eval.

mod common;
use common::*;

use std::path::PathBuf;

#[test]
fn rouge_pair_identical_arabic_is_one() {
    let o = mujaz(
        &[
            "rouge",
            "--reference",
            "قال الوزير إن الوضع مستقر",
            "--candidate",
            "قالَ الوزيرُ إنّ الوضعَ مستقر",
            "--json",
        ],
        b"",
    );
    assert!(o.status.success());
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    for m in ["rouge1", "rouge2", "rougeL", "rougeLsum"] {
        assert_eq!(v[m]["f"], 1.0, "{m}");
    }
    assert_eq!(v["empty"], false);
}

#[test]
fn rouge_empty_is_warned_and_flagged() {
    let o = mujaz(
        &[
            "rouge",
            "--reference",
            "...",
            "--candidate",
            "قال",
            "--json",
        ],
        b"",
    );
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(v["empty"], true);
    assert!(stderr(&o).contains("no tokens"));
}

#[test]
fn rouge_files_must_align() {
    let d = tmpdir("rouge");
    let (r, c) = (d.join("r.txt"), d.join("c.txt"));
    std::fs::write(&r, "قال الوزير\nذهب الوفد\n").unwrap();
    std::fs::write(&c, "قال الوزير\n").unwrap();
    let o = mujaz(
        &[
            "rouge",
            "--reference-file",
            r.to_str().unwrap(),
            "--candidate-file",
            c.to_str().unwrap(),
        ],
        b"",
    );
    assert_eq!(o.status.code(), Some(1));
    std::fs::write(&c, "قال الوزير\nعاد الوفد\n").unwrap();
    let o = mujaz(
        &[
            "rouge",
            "--reference-file",
            r.to_str().unwrap(),
            "--candidate-file",
            c.to_str().unwrap(),
            "--json",
        ],
        b"",
    );
    assert!(o.status.success());
    assert_eq!(String::from_utf8(o.stdout).unwrap().lines().count(), 2);
    std::fs::remove_dir_all(&d).ok();
}

const ARTICLE: &str = "أعلنت الحكومة خطة جديدة لدعم المزارعين. وقال الوزير إن الخطة تشمل قروضاً ميسرة. ورحب الاتحاد بالخطة.";

fn write_gold(d: &std::path::Path) -> PathBuf {
    let gold = d.join("gold.jsonl");
    let rows = [
        serde_json::json!({"id": "a", "text": ARTICLE, "summaries": ["الحكومة تعلن خطة لدعم المزارعين"]}),
        serde_json::json!({"id": "b", "text": ARTICLE, "summaries": ["قروض ميسرة للمزارعين", "خطة حكومية جديدة"]}),
        serde_json::json!({"id": 3, "text": ARTICLE, "summaries": ["ترحيب بخطة الحكومة"]}),
    ];
    let body: Vec<String> = rows.iter().map(|r| r.to_string()).collect();
    std::fs::write(&gold, body.join("\n") + "\n").unwrap();
    gold
}

#[test]
fn eval_predictions_missing_and_per_doc() {
    let d = tmpdir("eval");
    let gold = write_gold(&d);
    let pred = d.join("pred.jsonl");
    std::fs::write(&pred, "{\"id\":\"a\",\"summary\":\"الحكومة تعلن خطة لدعم المزارعين\"}\n{\"id\":3,\"summary\":\"ترحيب\"}\n").unwrap();
    let per = d.join("per.jsonl");
    let o = mujaz(
        &[
            "eval",
            gold.to_str().unwrap(),
            "--predictions",
            pred.to_str().unwrap(),
            "--per-doc",
            per.to_str().unwrap(),
            "--json",
        ],
        b"",
    );
    assert!(o.status.success(), "{}", stderr(&o));
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(v["documents"], 3);
    assert_eq!(v["missing"], 1);
    assert!(stderr(&o).contains("1 gold document(s) have no prediction"));
    let rows: Vec<serde_json::Value> = std::fs::read_to_string(&per)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(rows.len(), 3);
    assert_eq!(rows[0]["id"], "a");
    assert_eq!(rows[0]["rouge1"]["f"], 1.0);
    assert_eq!(rows[1]["rouge1"]["f"], 0.0);
    assert_eq!(rows[2]["id"], "3");
    for r in &rows {
        for m in ["rouge1", "rouge2", "rougeL", "rougeLsum"] {
            let f = r[m]["f"].as_f64().unwrap();
            assert!((0.0..=1.0).contains(&f));
        }
    }
    // Mean F1 of the three documents.
    let mean: f64 = rows
        .iter()
        .map(|r| r["rouge1"]["f"].as_f64().unwrap())
        .sum::<f64>()
        / 3.0;
    assert!((v["rouge1"]["f"]["mean"].as_f64().unwrap() - mean).abs() < 1e-12);
    std::fs::remove_dir_all(&d).ok();
}

#[test]
fn eval_runs_the_summarizer() {
    let d = tmpdir("eval-sum");
    let gold = write_gold(&d);
    let o = mujaz(
        &[
            "eval",
            gold.to_str().unwrap(),
            "--mode",
            "extract",
            "--sentences",
            "1",
        ],
        b"",
    );
    assert!(o.status.success(), "{}", stderr(&o));
    let out = String::from_utf8(o.stdout).unwrap();
    assert!(out.contains("documents 3  missing 0"), "{out}");
    assert!(out.contains("docs/s"), "{out}");
    // A UTF-8 byte order mark opens the file, not its first object.
    let mut body = b"\xEF\xBB\xBF".to_vec();
    body.extend(std::fs::read(&gold).unwrap());
    std::fs::write(&gold, body).unwrap();
    let o = mujaz(&["eval", gold.to_str().unwrap(), "--mode", "extract"], b"");
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(String::from_utf8(o.stdout)
        .unwrap()
        .contains("documents 3  missing 0"));
    std::fs::remove_dir_all(&d).ok();
}

#[test]
fn eval_bad_gold_names_file_and_line() {
    let d = tmpdir("eval-bad");
    let gold = d.join("g.jsonl");
    for (body, want) in [
        (
            "{\"id\":\"a\",\"summaries\":[\"x\"]}\n{oops\n",
            "g.jsonl:2: invalid JSON",
        ),
        (
            "{\"id\":\"a\",\"text\":\"t\"}\n",
            "g.jsonl:1: no array field 'summaries'",
        ),
        (
            "{\"id\":\"a\",\"summaries\":[\"x\"]}\n{\"id\":\"a\",\"summaries\":[\"y\"]}\n",
            "g.jsonl:2: duplicate id 'a'",
        ),
    ] {
        std::fs::write(&gold, body).unwrap();
        let pred = d.join("p.jsonl");
        std::fs::write(&pred, "").unwrap();
        let o = mujaz(
            &[
                "eval",
                gold.to_str().unwrap(),
                "--predictions",
                pred.to_str().unwrap(),
            ],
            b"",
        );
        assert_eq!(o.status.code(), Some(1), "{body}");
        assert!(stderr(&o).contains(want), "{}", stderr(&o));
    }
    std::fs::write(&gold, b"{\"id\":\"a\",\"summaries\":[\"\xff\"]}\n").unwrap();
    let o = mujaz(
        &[
            "eval",
            gold.to_str().unwrap(),
            "--predictions",
            gold.to_str().unwrap(),
        ],
        b"",
    );
    assert!(
        stderr(&o).contains("g.jsonl:1: invalid UTF-8"),
        "{}",
        stderr(&o)
    );
    std::fs::remove_dir_all(&d).ok();
}

#[test]
fn normalization_steps_are_switchable() {
    let args = |extra: &[&str]| {
        let mut a = vec![
            "rouge",
            "--reference",
            "مدرسة",
            "--candidate",
            "مدرسه",
            "--no-stem",
            "--json",
        ];
        a.extend_from_slice(extra);
        let o = mujaz(&a, b"");
        let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
        v["rouge1"]["f"].as_f64().unwrap()
    };
    assert_eq!(args(&[]), 1.0);
    assert_eq!(args(&["--set", "teh_marbuta=off"]), 0.0);
    let o = mujaz(
        &[
            "rouge",
            "--reference",
            "x",
            "--candidate",
            "y",
            "--compat",
            "xlsum",
            "--no-stem",
        ],
        b"",
    );
    assert_eq!(o.status.code(), Some(2));
}
