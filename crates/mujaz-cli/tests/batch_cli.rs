//! Batch behaviour of `mujaz summarize`, on the real binary.

mod common;
use common::*;

use std::path::Path;

const SENTENCES: [&str; 6] = [
    "أعلنت الحكومة خطة جديدة لدعم المزارعين في المناطق الريفية.",
    "وقال وزير الزراعة إن الخطة تشمل قروضاً ميسرة وبذوراً محسنة.",
    "ارتفعت أسعار النفط في الأسواق العالمية بنسبة 3.5 في المئة.",
    "وأضاف المتحدث أن الاجتماع المقبل سيعقد في القاهرة.",
    "افتتح الرئيس معرض الكتاب الدولي بمشاركة مئات دور النشر.",
    "وحذر خبراء من موجة حر شديدة تضرب المنطقة الأسبوع المقبل.",
];

fn article(i: usize) -> String {
    (0..4)
        .map(|k| SENTENCES[(i + k) % 6])
        .collect::<Vec<_>>()
        .join("\n")
}

/// 1,000 lines mixing good records with every kind of bad one.
fn mixed_jsonl() -> (Vec<u8>, Vec<&'static str>) {
    let mut out = Vec::new();
    let mut kinds = Vec::new();
    for i in 0..1000 {
        let (line, kind): (Vec<u8>, &str) = match i % 10 {
            0 => (b"{broken".to_vec(), "invalid_json"),
            1 => (
                serde_json::json!({"id": i, "text": ""})
                    .to_string()
                    .into_bytes(),
                "empty",
            ),
            2 => (
                serde_json::json!({"id": i, "body": "x"})
                    .to_string()
                    .into_bytes(),
                "missing_field",
            ),
            3 => (
                serde_json::json!({"id": i, "text": [1, 2]})
                    .to_string()
                    .into_bytes(),
                "invalid_field",
            ),
            4 => (
                serde_json::json!({"id": i, "text": "English text only."})
                    .to_string()
                    .into_bytes(),
                "no_arabic",
            ),
            5 => {
                let mut l = format!("{{\"id\":{i},\"text\":\"").into_bytes();
                l.extend_from_slice(b"\xd8\xa7\xff\"}");
                (l, "invalid_utf8")
            }
            6 => (b"[1,2,3]".to_vec(), "invalid_json"),
            _ => (
                serde_json::json!({"id": i, "text": article(i)})
                    .to_string()
                    .into_bytes(),
                "ok",
            ),
        };
        out.extend_from_slice(&line);
        out.push(b'\n');
        kinds.push(kind);
    }
    (out, kinds)
}

fn kind(r: &serde_json::Value) -> String {
    r["error"]["kind"].as_str().unwrap_or("ok").to_string()
}

#[test]
fn thousand_mixed_lines_every_line_accounted_for_in_order() {
    let (input, kinds) = mixed_jsonl();
    let o = mujaz(&["summarize", "--jobs", "2", "--quiet"], &input);
    assert_eq!(o.status.code(), Some(1));
    let out = rows(&o);
    assert_eq!(out.len(), 1000);
    for (i, (r, want)) in out.iter().zip(&kinds).enumerate() {
        assert_eq!(kind(r), *want, "line {}", i + 1);
        assert_eq!(r["source"], format!("<stdin>:{}", i + 1));
    }
}

#[test]
fn parallel_output_is_identical_to_one_job() {
    let (input, _) = mixed_jsonl();
    let one = mujaz(&["summarize", "--jobs", "1", "--quiet"], &input);
    let two = mujaz(&["summarize", "--jobs", "2", "--quiet"], &input);
    let four = mujaz(&["summarize", "--jobs", "4", "--quiet"], &input);
    assert_eq!(one.stdout, two.stdout);
    assert_eq!(one.stdout, four.stdout);
}

#[test]
fn large_line_is_an_error_record() {
    let big = format!("{{\"id\":\"big\",\"text\":\"{}\"}}\n", "ا".repeat(3000));
    let input = format!(
        "{big}{}\n",
        serde_json::json!({"id": "ok", "text": article(0)})
    );
    let o = mujaz(
        &["summarize", "--max-bytes", "1000", "--quiet"],
        input.as_bytes(),
    );
    let out = rows(&o);
    assert_eq!(out.len(), 2);
    assert_eq!(kind(&out[0]), "too_large");
    assert_eq!(kind(&out[1]), "ok");
}

fn write(p: &Path, s: &str) {
    std::fs::create_dir_all(p.parent().unwrap()).unwrap();
    std::fs::write(p, s).unwrap();
}

#[test]
fn directory_tree_sorted_with_glob() {
    let d = tmpdir("tree");
    write(&d.join("b/2.txt"), &article(2));
    write(&d.join("a/1.txt"), &article(1));
    write(&d.join("a/z/3.txt"), &article(3));
    write(
        &d.join("c.jsonl"),
        &format!(
            "{}\n{}\n",
            serde_json::json!({"id": "j1", "text": article(4)}),
            serde_json::json!({"id": "j2", "text": article(5)})
        ),
    );
    write(&d.join("notes.md"), "ignored");
    let o = mujaz(&["summarize", "--quiet", d.to_str().unwrap()], b"");
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let out = rows(&o);
    let ids: Vec<String> = out
        .iter()
        .map(|r| {
            let id = r["id"].as_str().unwrap();
            id.strip_prefix(d.to_str().unwrap())
                .unwrap_or(id)
                .to_string()
        })
        .collect();
    assert_eq!(ids, ["/a/1.txt", "/a/z/3.txt", "/b/2.txt", "j1", "j2"]);
    assert_eq!(
        out[3]["source"],
        format!("{}:1", d.join("c.jsonl").display())
    );
    let o = mujaz(
        &[
            "summarize",
            "--quiet",
            "--glob",
            "*.txt",
            d.to_str().unwrap(),
        ],
        b"",
    );
    assert_eq!(rows(&o).len(), 3);
    // An unreadable input is an error record naming it; the rest still run.
    let missing = d.join("missing.txt");
    let o = mujaz(
        &[
            "summarize",
            "--quiet",
            d.join("a/1.txt").to_str().unwrap(),
            missing.to_str().unwrap(),
        ],
        b"",
    );
    assert_eq!(o.status.code(), Some(1));
    let out = rows(&o);
    assert_eq!(out.len(), 2);
    assert_eq!(kind(&out[1]), "io");
    assert_eq!(out[1]["source"], missing.to_str().unwrap());
    std::fs::remove_dir_all(&d).ok();
}

#[test]
fn lines_format_keep_fields_and_field_names() {
    let input = format!(
        "{}\n\n{}\n",
        article(0).replace('\n', " "),
        article(1).replace('\n', " ")
    );
    let o = mujaz(
        &["summarize", "--format", "lines", "--quiet"],
        input.as_bytes(),
    );
    let out = rows(&o);
    assert_eq!(out.len(), 2);
    assert_eq!(out[1]["source"], "<stdin>:3");
    let rec = serde_json::json!({"url": "u1", "body": article(2), "section": "economy"});
    let o = mujaz(
        &[
            "summarize",
            "--text-field",
            "body",
            "--id-field",
            "url",
            "--keep-fields",
            "--quiet",
        ],
        format!("{rec}\n").as_bytes(),
    );
    let out = rows(&o);
    assert_eq!(out[0]["id"], "u1");
    assert_eq!(out[0]["section"], "economy");
    assert!(out[0].get("body").is_none());
}

#[test]
fn kept_fields_follow_the_summary_and_never_replace_it() {
    // A record whose own fields share the output's names: the summary's win, the rest follow
    // them in the record's order (`reference` too, when there is no reference of ours).
    let rec = serde_json::json!({
        "id": "r1",
        "text": article(0),
        "summary": "ملخص المحرر",
        "mode": "x",
        "sentences": [],
        "source": "s",
        "reference": "مرجع",
        "section": "economy",
    });
    let o = mujaz(
        &["summarize", "--keep-fields", "--quiet"],
        format!("{rec}\n").as_bytes(),
    );
    let line = String::from_utf8(o.stdout).unwrap();
    let v: serde_json::Value = serde_json::from_str(line.trim()).unwrap();
    let keys: Vec<&str> = v.as_object().unwrap().keys().map(|k| k.as_str()).collect();
    assert_eq!(
        keys,
        [
            "id",
            "source",
            "summary",
            "mode",
            "algorithm",
            "sentences",
            "reference",
            "section"
        ]
    );
    assert_eq!(v["source"], "<stdin>:1");
    assert_eq!(v["mode"], "standfirst");
    assert_ne!(v["summary"], "ملخص المحرر");
    assert_eq!(v["reference"], "مرجع");
    assert!(!v["sentences"].as_array().unwrap().is_empty());
    // A score is written as the f32 it is (`0.5842661`, not its f64 widening
    // `0.5842661261558533`): it reads back to the same f32.
    let score = v["sentences"][0]["score"].as_f64().unwrap();
    let text = line
        .split("\"score\":")
        .nth(1)
        .and_then(|r| r.split([',', '}']).next())
        .unwrap();
    assert_eq!(text, (score as f32).to_string());
}

#[test]
fn seed_shaped_file_first_line_is_reference() {
    let d = tmpdir("seed");
    let f = d.join("seed.txt");
    let body = article(0);
    write(&f, &format!("الحكومة تعلن خطة لدعم المزارعين.\n{body}"));
    let o = mujaz(
        &[
            "summarize",
            "--first-line-is-summary",
            "--json",
            f.to_str().unwrap(),
        ],
        b"",
    );
    assert!(o.status.success());
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(v["reference"], "الحكومة تعلن خطة لدعم المزارعين.");
    // Offsets index the body (the article without its first line).
    let s = &v["sentences"][0];
    let (a, b) = (
        s["start"].as_u64().unwrap() as usize,
        s["end"].as_u64().unwrap() as usize,
    );
    // The opening verb reads in the present; its offsets index the body too.
    let r = &s["rewritten"][0];
    let (ra, rb) = (
        r["start"].as_u64().unwrap() as usize,
        r["end"].as_u64().unwrap() as usize,
    );
    assert_eq!(&body[ra..rb], "أعلنت");
    assert_eq!(r["text"], "تعلن");
    let rebuilt = format!("{}{}{}", &body[a..ra], "تعلن", &body[rb..b]);
    assert_eq!(rebuilt, v["summary"].as_str().unwrap());
    std::fs::remove_dir_all(&d).ok();
}

#[test]
fn first_line_is_title_takes_a_pasted_title_out() {
    let d = tmpdir("title_line");
    let f = d.join("pasted.txt");
    let body = article(0);
    // A title ending in a quotation, which no heading rule can tell from a sentence.
    let title = "الحكومة تطلق خطة جديدة لدعم \"المزارعين في الأرياف\"";
    write(&f, &format!("{title}\n{body}"));
    let run = |flags: &[&str]| -> serde_json::Value {
        let mut args = vec!["summarize", "--json", "--algorithm", "lead"];
        args.extend_from_slice(flags);
        args.push(f.to_str().unwrap());
        let o = mujaz(&args, b"");
        assert!(o.status.success());
        serde_json::from_slice(&o.stdout).unwrap()
    };
    // As written, the title line is the article's first sentence.
    assert_eq!(run(&["--no-compress"])["summary"], title);
    let v = run(&["--no-compress", "--first-line-is-title"]);
    let s = &v["sentences"][0];
    let (a, b) = (
        s["start"].as_u64().unwrap() as usize,
        s["end"].as_u64().unwrap() as usize,
    );
    // Offsets index the body, the article without its title line.
    assert_eq!(&body[a..b], v["summary"].as_str().unwrap());
    assert!(body.starts_with(v["summary"].as_str().unwrap()));
    // After a reference line, the title is the second line.
    write(&f, &format!("الحكومة تعلن خطة.\n{title}\n{body}"));
    let v = run(&[
        "--no-compress",
        "--first-line-is-summary",
        "--first-line-is-title",
    ]);
    assert_eq!(v["reference"], "الحكومة تعلن خطة.");
    assert!(body.starts_with(v["summary"].as_str().unwrap()));
    // One article a line leaves nothing after a title line: a usage error, not one error a record.
    let o = mujaz(
        &[
            "summarize",
            "--format",
            "lines",
            "--first-line-is-title",
            "-",
        ],
        body.as_bytes(),
    );
    assert_eq!(o.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&o.stderr).contains("--format lines"));
    std::fs::remove_dir_all(&d).ok();
}

#[test]
fn out_file_is_written_atomically_and_stdin_dash_mixes() {
    let d = tmpdir("out");
    let f = d.join("a.txt");
    write(&f, &article(1));
    let out = d.join("res.jsonl");
    let o = mujaz(
        &[
            "summarize",
            "--quiet",
            "--out",
            out.to_str().unwrap(),
            f.to_str().unwrap(),
            "-",
        ],
        article(2).as_bytes(),
    );
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    assert!(o.stdout.is_empty());
    let text = std::fs::read_to_string(&out).unwrap();
    assert_eq!(text.lines().count(), 2);
    let leftovers: Vec<_> = std::fs::read_dir(&d)
        .unwrap()
        .filter_map(|e| e.ok())
        .filter(|e| e.file_name().to_string_lossy().contains(".tmp-"))
        .collect();
    assert!(leftovers.is_empty());
    std::fs::remove_dir_all(&d).ok();
}

/// `--out` to something that is not a regular file writes through it: a rename over a
/// symbolic link (or a device: `--out /dev/null` had turned the machine's `/dev/null` into a
/// file) would replace it with a file. Summarize, eval and train alike.
#[cfg(unix)]
#[test]
fn out_through_a_symbolic_link_keeps_the_link() {
    let d = tmpdir("outlink");
    let f = d.join("a.txt");
    write(&f, &article(1));
    let target = d.join("target.jsonl");
    let link = d.join("link.jsonl");
    write(&target, "");
    std::os::unix::fs::symlink(&target, &link).unwrap();
    let still_a_link = || {
        std::fs::symlink_metadata(&link)
            .unwrap()
            .file_type()
            .is_symlink()
    };
    let o = mujaz(
        &[
            "summarize",
            "--quiet",
            "--out",
            link.to_str().unwrap(),
            f.to_str().unwrap(),
        ],
        b"",
    );
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    assert!(still_a_link(), "the link was replaced");
    assert_eq!(std::fs::read_to_string(&target).unwrap().lines().count(), 1);
    // `mujaz eval --per-doc` too.
    let gold = d.join("gold.jsonl");
    let row = serde_json::json!({"id": "a", "text": article(1), "summaries": ["ملخص"]});
    write(&gold, &format!("{row}\n"));
    let o = mujaz(
        &[
            "eval",
            gold.to_str().unwrap(),
            "--per-doc",
            link.to_str().unwrap(),
        ],
        b"",
    );
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    assert!(still_a_link(), "the link was replaced");
    assert!(std::fs::read_to_string(&target)
        .unwrap()
        .contains("\"id\":\"a\""));
    std::fs::remove_dir_all(&d).ok();
}

#[test]
fn summary_line_and_completions() {
    let input = format!("{}\n", serde_json::json!({"id": 1, "text": article(0)}));
    let o = mujaz(&["summarize"], input.as_bytes());
    assert!(String::from_utf8_lossy(&o.stderr).contains("1 records, 1 done, 0 failed"));
    let o = mujaz(&["summarize", "--quiet"], input.as_bytes());
    assert!(o.stderr.is_empty());
    let o = mujaz(&["completions", "bash"], b"");
    assert!(String::from_utf8_lossy(&o.stdout).contains("mujaz"));
}

#[test]
fn twenty_megabyte_line_is_rejected_by_default_and_the_batch_goes_on() {
    let mut input = Vec::with_capacity(21 << 20);
    input.extend_from_slice(b"{\"id\":\"huge\",\"text\":\"");
    input.extend(std::iter::repeat_n(b'x', 20 << 20));
    input.extend_from_slice(b"\"}\n");
    input.extend_from_slice(
        serde_json::json!({"id": "after", "text": article(3)})
            .to_string()
            .as_bytes(),
    );
    input.push(b'\n');
    let o = mujaz(&["summarize", "--quiet"], &input);
    assert_eq!(o.status.code(), Some(1));
    let out = rows(&o);
    assert_eq!(out.len(), 2);
    assert_eq!(kind(&out[0]), "too_large");
    assert_eq!(out[1]["id"], "after");
    assert_eq!(kind(&out[1]), "ok");
}

#[test]
fn stdin_records_are_answered_before_the_input_ends() {
    // Records travel in chunks; a chunk still goes out when stdin has nothing more buffered,
    // so a caller feeding one record at a time gets each answer without closing the pipe.
    use std::io::{BufRead, BufReader, Write};
    let mut child = spawn(&["summarize", "--quiet", "--format", "jsonl", "-"]);
    let mut input = child.stdin.take().expect("stdin");
    let mut lines = BufReader::new(child.stdout.take().expect("stdout")).lines();
    let (tx, rx) = std::sync::mpsc::channel();
    for i in 0..3 {
        let rec = serde_json::json!({"id": i, "text": article(i)});
        writeln!(input, "{rec}").expect("write a record");
        input.flush().expect("flush");
        // The answer arrives while stdin is still open (a generous bound: this is a
        // liveness check, not a speed target).
        let got = std::thread::scope(|s| {
            s.spawn(|| {
                let _ = tx.send(lines.next());
            });
            let got = rx.recv_timeout(std::time::Duration::from_secs(30));
            if got.is_err() {
                // Unblock the reading thread so the test fails instead of hanging.
                let _ = child.kill();
            }
            got
        });
        let line = got
            .expect("an answer before stdin closes")
            .expect("a line")
            .expect("UTF-8");
        let row: serde_json::Value = serde_json::from_str(&line).expect("JSON");
        assert_eq!(row["id"], i);
    }
    drop(input);
    assert!(child.wait().expect("exit").success());
}
