//! Runs the real `mujaz` binary: summarize and train.

mod common;
use common::*;

const ARTICLE: &str =
    "أعلنت الحكومة، الأحد، عن خطة جديدة لدعم المزارعين في المناطق الريفية بقيمة 200 مليون دولار.
وقال وزير الزراعة إن الخطة تشمل قروضاً ميسرة وبذوراً محسنة وأنظمة ري حديثة.
وأضاف أن التنفيذ سيبدأ الشهر المقبل في ثلاث محافظات.
ورحب اتحاد المزارعين بالخطة لكنه طالب بزيادة الدعم.";

#[test]
fn example_runs() {
    let o = mujaz(&["summarize", "--example"], b"");
    assert!(o.status.success());
    let out = String::from_utf8(o.stdout).unwrap();
    // The lead, its opening verb in the present (`أعلنت` → `تعلن`).
    assert!(out.starts_with("تعلن وزارة الصحة"), "{out}");
    assert_eq!(out.lines().count(), 1);
}

#[test]
fn readme_shows_what_the_example_prints() {
    // The README's set-up section quotes these outputs; keep them true.
    let readme = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/../../README.md"))
        .expect("README at the workspace root");
    for (cmd, args) in [
        (
            "$ mujaz summarize --example\n",
            &["summarize", "--example"][..],
        ),
        (
            "$ mujaz summarize --example --mode headline\n",
            &["summarize", "--example", "--mode", "headline"][..],
        ),
    ] {
        let at = readme.find(cmd).expect("command quoted in the README") + cmd.len();
        let quoted = readme[at..].lines().next().unwrap();
        let o = mujaz(args, b"");
        assert!(o.status.success());
        assert_eq!(
            String::from_utf8(o.stdout).unwrap().trim_end(),
            quoted,
            "{cmd}"
        );
    }
}

#[test]
fn long_help_tells_inputs_errors_and_what_is_read() {
    let o = mujaz(&["summarize", "--help"], b"");
    assert!(o.status.success());
    let help = String::from_utf8(o.stdout).unwrap();
    for needle in [
        "Error kinds: empty, no_arabic",
        "read only an article's lead",
        "Examples:",
    ] {
        assert!(help.contains(needle), "{needle} missing from:\n{help}");
    }
}

#[test]
fn stdin_text_plain_and_json() {
    let o = mujaz(&["summarize", "--no-present-tense"], ARTICLE.as_bytes());
    assert!(o.status.success());
    let out = String::from_utf8(o.stdout).unwrap();
    assert!(ARTICLE.contains(out.trim()), "{out}");
    let o = mujaz(
        &[
            "summarize",
            "--json",
            "--mode",
            "extract",
            "--sentences",
            "2",
        ],
        ARTICLE.as_bytes(),
    );
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(v["mode"], "extract");
    assert_eq!(v["algorithm"], "learned");
    let sents = v["sentences"].as_array().unwrap();
    assert_eq!(sents.len(), 2);
    for s in sents {
        let (a, b) = (
            s["start"].as_u64().unwrap() as usize,
            s["end"].as_u64().unwrap() as usize,
        );
        assert!(v["summary"].as_str().unwrap().contains(&ARTICLE[a..b]));
    }
}

#[test]
fn headline_json_has_kept_spans() {
    let o = mujaz(
        &["summarize", "--mode", "headline", "--json"],
        ARTICLE.as_bytes(),
    );
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    let kept = v["sentences"][0]["kept"].as_array().unwrap();
    let spans: Vec<(usize, usize)> = kept
        .iter()
        .map(|k| {
            (
                k[0].as_u64().unwrap() as usize,
                k[1].as_u64().unwrap() as usize,
            )
        })
        .collect();
    // The built-in article announces a plan: `أعلنت الحكومة عن خطة` reads `الحكومة: خطة`.
    let colon_after = v["sentences"][0]["colon_after"]
        .as_u64()
        .map(|i| i as usize);
    assert_eq!(colon_after, Some(0));
    assert_eq!(
        mujaz_summarize::compress::join_kept(ARTICLE, &spans, colon_after),
        v["summary"].as_str().unwrap()
    );
}

#[test]
fn jsonl_every_record_accounted_for() {
    let input = [
        serde_json::json!({"id": "a", "text": ARTICLE}).to_string(),
        "{not json".to_string(),
        serde_json::json!({"id": "c", "text": ""}).to_string(),
        serde_json::json!({"id": "d", "body": ARTICLE}).to_string(),
        serde_json::json!({"id": "e", "text": 42}).to_string(),
        serde_json::json!({"id": "f", "text": "English only."}).to_string(),
        serde_json::json!({"id": 7, "text": ARTICLE, "title": "خطة لدعم المزارعين"}).to_string(),
    ]
    .join("\n");
    let mut bytes = input.into_bytes();
    bytes.extend_from_slice(b"\n{\"id\":\"h\",\"text\":\"\xff\"}\n");
    let o = mujaz(&["summarize", "--format", "jsonl"], &bytes);
    assert_eq!(o.status.code(), Some(1));
    let rows = rows(&o);
    assert_eq!(rows.len(), 8);
    let kinds: Vec<String> = rows
        .iter()
        .map(|r| r["error"]["kind"].as_str().unwrap_or("ok").to_string())
        .collect();
    assert_eq!(
        kinds,
        [
            "ok",
            "invalid_json",
            "empty",
            "missing_field",
            "invalid_field",
            "no_arabic",
            "ok",
            "invalid_utf8"
        ]
    );
    assert_eq!(rows[0]["id"], "a");
    assert_eq!(rows[6]["id"], 7);
    assert_eq!(rows[1]["source"], "<stdin>:2");
}

#[test]
fn usage_errors_exit_2() {
    let o = mujaz(&["summarize", "--mode", "poem"], ARTICLE.as_bytes());
    assert_eq!(o.status.code(), Some(2));
    let o = mujaz(
        &["summarize", "--mode", "extract", "--ratio", "2"],
        ARTICLE.as_bytes(),
    );
    assert_eq!(o.status.code(), Some(2));
    let o = mujaz(
        &["summarize", "--sentences", "2", "--words", "3"],
        ARTICLE.as_bytes(),
    );
    assert_eq!(o.status.code(), Some(2));
}

#[test]
fn plain_text_errors() {
    let o = mujaz(&["summarize"], b"   ");
    assert_eq!(o.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&o.stderr).contains("empty"));
    let o = mujaz(&["summarize"], b"\xd8\xa7 \xff");
    assert_eq!(o.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&o.stderr).contains("invalid UTF-8 at byte offset 3"));
}

/// `mujaz summarize FLAGS` on `text` (stdin), which must succeed; its output, trimmed.
fn summarize_ok(text: &str, flags: &[&str]) -> String {
    let mut args = vec!["summarize"];
    args.extend_from_slice(flags);
    let o = mujaz(&args, text.as_bytes());
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    String::from_utf8(o.stdout).unwrap().trim_end().to_string()
}

#[test]
fn drop_flags_turn_on_the_optional_rules() {
    let text = "صرح وزير الخارجية، قبيل لقائه نظيره الفرنسي، بأن المحادثات ستتناول ملفات التجارة والطاقة في المنطقة، ودعا إلى تعاون أوسع بين البلدين.";
    let run = |flags: &[&str]| summarize_ok(text, flags);
    assert_eq!(run(&["--no-present-tense"]), text);
    assert_eq!(
        run(&[
            "--drop-insertions",
            "--drop-trailing-clause",
            "--no-present-tense"
        ]),
        "صرح وزير الخارجية بأن المحادثات ستتناول ملفات التجارة والطاقة في المنطقة."
    );
    assert_eq!(
        run(&["--drop-insertions", "--drop-trailing-clause"]),
        "وزير الخارجية يصرح بأن المحادثات ستتناول ملفات التجارة والطاقة في المنطقة."
    );
    let o = mujaz(
        &["summarize", "--drop-insertions", "--no-compress"],
        text.as_bytes(),
    );
    assert_eq!(
        o.status.code(),
        Some(2),
        "conflicting flags are a usage error"
    );
}

#[test]
fn reported_speech_flags() {
    let text = "قال وزير المالية إن الحكومة ستخفض الضرائب على الشركات الصغيرة.";
    let run = |flags: &[&str]| summarize_ok(text, flags);
    let colon = "وزير المالية: الحكومة ستخفض الضرائب على الشركات الصغيرة.";
    // Without the colon, the speaker comes first and the verb is told in the present.
    let present = "وزير المالية يقول إن الحكومة ستخفض الضرائب على الشركات الصغيرة.";
    // A headline carries no full stop.
    assert_eq!(run(&["--mode", "headline"]), colon.trim_end_matches('.'));
    assert_eq!(
        run(&["--mode", "headline", "--no-reported-speech"]),
        present.trim_end_matches('.')
    );
    assert_eq!(run(&[]), present);
    assert_eq!(run(&["--reported-speech"]), colon);
    // Alone, it leaves a standfirst's default compression as it is (the day stays).
    let day = "قال وزير المالية، اليوم الأحد، إن الحكومة ستخفض الضرائب على الشركات الصغيرة.";
    assert_eq!(
        summarize_ok(day, &["--no-reported-speech", "--no-present-tense"]),
        day
    );
    let o = mujaz(
        &["summarize", "--reported-speech", "--no-reported-speech"],
        text.as_bytes(),
    );
    assert_eq!(o.status.code(), Some(2));
}

/// A headline rule's flag: the headline has it by default (`ruled`, without its full stop),
/// the standfirst does not (`standfirst`), and the flag gives it to the standfirst.
fn headline_rule_flag(text: &str, standfirst: &str, ruled: &str, flag: &str) {
    assert_eq!(
        summarize_ok(text, &["--mode", "headline"]),
        ruled.trim_end_matches('.')
    );
    assert_eq!(summarize_ok(text, &[]), standfirst);
    assert_eq!(summarize_ok(text, &[flag]), ruled);
}

#[test]
fn default_sport_flag() {
    headline_rule_flag(
        "فاز المنتخب الوطني لكرة القدم على ضيفه بثلاثة أهداف في المباراة الودية.",
        "يفوز المنتخب الوطني لكرة القدم على ضيفه بثلاثة أهداف في المباراة الودية.",
        "يفوز المنتخب الوطني على ضيفه بثلاثة أهداف في المباراة الودية.",
        "--drop-default-sport",
    );
}

#[test]
fn short_names_flag() {
    headline_rule_flag(
        "استقبل الرئيس الفرنسي إيمانويل ماكرون وزير الخارجية في قصر الإليزيه.",
        "يستقبل الرئيس الفرنسي إيمانويل ماكرون وزير الخارجية في قصر الإليزيه.",
        "يستقبل ماكرون وزير الخارجية في قصر الإليزيه.",
        "--short-names",
    );
}

#[test]
fn fronted_frame_flag() {
    let text = "في موقف غير مسبوق، شن الرئيس هجوما عنيفا على السفير خلال اجتماع للقيادة.";
    headline_rule_flag(
        text,
        text,
        "يشن الرئيس هجوما عنيفا على السفير خلال اجتماع للقيادة.",
        "--drop-fronted-frame",
    );
}

#[test]
fn present_tense_flags() {
    let text = "أعلنت الحكومة خطة جديدة لدعم المزارعين في المناطق الريفية.";
    let present = "تعلن الحكومة خطة جديدة لدعم المزارعين في المناطق الريفية.";
    for mode in ["standfirst", "headline"] {
        // A headline carries no full stop.
        let stop = |s: &'static str| {
            if mode == "headline" {
                s.trim_end_matches('.')
            } else {
                s
            }
        };
        assert_eq!(
            summarize_ok(text, &["--mode", mode]),
            stop(present),
            "{mode}"
        );
        assert_eq!(
            summarize_ok(text, &["--mode", mode, "--no-present-tense"]),
            stop(text),
            "{mode}"
        );
    }
    // On top of other rules, and off with them (the day between commas ends the speaker,
    // who then goes first).
    let day = "أعلنت الحكومة، الأحد، خطة جديدة لدعم المزارعين في المناطق الريفية.";
    assert_eq!(
        summarize_ok(day, &["--compress"]),
        "الحكومة تعلن خطة جديدة لدعم المزارعين في المناطق الريفية."
    );
    assert_eq!(
        summarize_ok(day, &["--compress", "--no-present-tense"]),
        text
    );
    assert_eq!(summarize_ok(day, &["--no-compress"]), day);
    // The JSON names the article's verb and what the summary writes for it.
    let o = mujaz(&["summarize", "--json"], text.as_bytes());
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    let r = &v["sentences"][0]["rewritten"][0];
    assert_eq!(
        (r["start"].as_u64(), r["end"].as_u64()),
        (Some(0), Some(10))
    );
    assert_eq!(r["text"], "تعلن");
    let o = mujaz(
        &["summarize", "--present-tense", "--no-present-tense"],
        text.as_bytes(),
    );
    assert_eq!(o.status.code(), Some(2));
}

#[test]
fn subject_first_flags() {
    let text = "قال وزير المالية إن الحكومة ستخفض الضرائب على الشركات الصغيرة.";
    let first = "وزير المالية يقول إن الحكومة ستخفض الضرائب على الشركات الصغيرة.";
    let verb_first = "يقول وزير المالية إن الحكومة ستخفض الضرائب على الشركات الصغيرة.";
    assert_eq!(summarize_ok(text, &[]), first);
    assert_eq!(summarize_ok(text, &["--no-subject-first"]), verb_first);
    // It needs the present tense; reported speech takes it first in headlines.
    assert_eq!(summarize_ok(text, &["--no-present-tense"]), text);
    assert_eq!(
        summarize_ok(text, &["--mode", "headline"]),
        "وزير المالية: الحكومة ستخفض الضرائب على الشركات الصغيرة"
    );
    assert_eq!(
        summarize_ok(text, &["--mode", "extract", "--subject-first"]),
        text
    );
    assert_eq!(
        summarize_ok(
            text,
            &["--mode", "extract", "--present-tense", "--subject-first"]
        ),
        first
    );
    // The verb is inserted before `إن` (an empty range of the input) and `قال` is not kept.
    let o = mujaz(&["summarize", "--json"], text.as_bytes());
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    let src = &v["sentences"][0];
    let at = text.find("إن").unwrap() as u64;
    assert_eq!(src["rewritten"][0]["start"].as_u64(), Some(at));
    assert_eq!(src["rewritten"][0]["end"].as_u64(), Some(at));
    assert_eq!(src["rewritten"][0]["text"], "يقول ");
    assert_eq!(src["kept"][0][0].as_u64(), Some("قال ".len() as u64));
    let o = mujaz(
        &["summarize", "--subject-first", "--no-subject-first"],
        text.as_bytes(),
    );
    assert_eq!(o.status.code(), Some(2));
}

#[test]
fn event_noun_flags() {
    let text = "توفي الكاتب المعروف عن عمر ناهز الثمانين عاما بعد مرض طويل.";
    let noun = "وفاة الكاتب المعروف عن عمر ناهز الثمانين عاما بعد مرض طويل.";
    for mode in ["standfirst", "headline"] {
        // A headline carries no full stop.
        let stop = |s: &'static str| {
            if mode == "headline" {
                s.trim_end_matches('.')
            } else {
                s
            }
        };
        assert_eq!(summarize_ok(text, &["--mode", mode]), stop(noun), "{mode}");
        assert_eq!(
            summarize_ok(text, &["--mode", mode, "--no-event-noun"]),
            stop(text),
            "{mode}"
        );
    }
    // On top of the other rules, and off with all of them.
    assert_eq!(summarize_ok(text, &["--no-compress"]), text);
    assert_eq!(summarize_ok(text, &["--compress", "--no-event-noun"]), text);
    assert_eq!(
        summarize_ok(text, &["--mode", "extract", "--event-noun"]),
        noun
    );
    let o = mujaz(&["summarize", "--json"], text.as_bytes());
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    let r = &v["sentences"][0]["rewritten"][0];
    assert_eq!(
        (r["start"].as_u64(), r["end"].as_u64()),
        (Some(0), Some("توفي".len() as u64))
    );
    assert_eq!(r["text"], "وفاة");
    let o = mujaz(
        &["summarize", "--event-noun", "--no-event-noun"],
        text.as_bytes(),
    );
    assert_eq!(o.status.code(), Some(2));
}

#[test]
fn train_then_use_model() {
    let dir = std::env::temp_dir().join(format!("mujaz-train-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let gold = dir.join("gold.jsonl");
    let mut rows = String::new();
    for i in 0..12 {
        let row = serde_json::json!({
            "id": format!("d{i}"),
            "text": ARTICLE,
            "summaries": ["وزير الزراعة يعلن خطة تشمل قروضاً ميسرة وبذوراً محسنة"],
        });
        rows.push_str(&row.to_string());
        rows.push('\n');
    }
    std::fs::write(&gold, rows).unwrap();
    let model = dir.join("model.json");
    // `mujaz train GOLD --mode standfirst --out OUT` with more flags.
    let train_to = |out: &std::path::Path, flags: &[&str]| {
        let mut args = vec![
            "train",
            gold.to_str().unwrap(),
            "--mode",
            "standfirst",
            "--out",
            out.to_str().unwrap(),
        ];
        args.extend_from_slice(flags);
        mujaz(&args, b"")
    };
    let o = train_to(&model, &["--validation-folds", "1", "--epochs", "200"]);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let o = mujaz(
        &["summarize", "--model", model.to_str().unwrap()],
        ARTICLE.as_bytes(),
    );
    assert!(o.status.success());
    // The trained model learned to prefer the second sentence (the oracle), whose opening
    // `وقال` goes out of context: its speaker comes first.
    assert!(String::from_utf8(o.stdout)
        .unwrap()
        .starts_with("وزير الزراعة يقول"));
    // It reads the default lead window, recorded with it; `all` reads whole articles.
    let read = |p: &std::path::Path| -> serde_json::Value {
        serde_json::from_str(&std::fs::read_to_string(p).unwrap()).unwrap()
    };
    assert_eq!(
        read(&model)["standfirst"]["lead_words"],
        mujaz_summarize::STANDFIRST_LEAD_WORDS
    );
    let whole = dir.join("whole.json");
    let train_with = |lead: &str, out: &std::path::Path| {
        train_to(out, &["--epochs", "20", "--lead-words", lead])
    };
    assert!(train_with("all", &whole).status.success());
    assert!(read(&whole)["standfirst"].get("lead_words").is_none());
    assert!(train_with("12", &whole).status.success());
    assert_eq!(read(&whole)["standfirst"]["lead_words"], 12);
    assert!(read(&whole)["provenance"]
        .as_str()
        .unwrap()
        .contains("--lead-words 12"));
    assert_eq!(train_with("0", &whole).status.code(), Some(2));
    // Cross-validation: every document gets one out-of-fold summary, no model is written.
    let oof = dir.join("oof.jsonl");
    let o = mujaz(
        &[
            "train",
            gold.to_str().unwrap(),
            "--mode",
            "standfirst",
            "--cv",
            "3",
            "--cv-predictions",
            oof.to_str().unwrap(),
            "--epochs",
            "50",
        ],
        b"",
    );
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    assert!(String::from_utf8_lossy(&o.stderr).contains("cross-validated R1 F1"));
    let rows: Vec<serde_json::Value> = std::fs::read_to_string(&oof)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(rows.len(), 12);
    assert_eq!(rows[3]["id"], "d3");
    assert!(!rows[3]["summary"].as_str().unwrap().is_empty());
    let o = mujaz(
        &["train", gold.to_str().unwrap(), "--mode", "standfirst"],
        b"",
    );
    assert_eq!(o.status.code(), Some(2), "--out or --cv is required");
    let bad = dir.join("bad.json");
    std::fs::write(&bad, "{}").unwrap();
    let o = mujaz(
        &["summarize", "--model", bad.to_str().unwrap()],
        ARTICLE.as_bytes(),
    );
    assert_eq!(o.status.code(), Some(2));
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn a_pasted_title_and_update_time_are_not_the_summary() {
    // Pasted from a web page: the title and the update time on lines of their own.
    let page = format!("خطة لدعم المزارعين في الأرياف\nآخر تحديث: 3 مارس 2024 - 10:30\n{ARTICLE}");
    for mode in ["standfirst", "headline"] {
        let o = mujaz(
            &["summarize", "--mode", mode, "--no-present-tense"],
            page.as_bytes(),
        );
        assert!(o.status.success());
        let out = String::from_utf8(o.stdout).unwrap();
        assert!(
            out.contains("أعلنت الحكومة") || out.starts_with("الحكومة"),
            "{mode}: {out}"
        );
    }
    let o = mujaz(
        &["summarize", "--mode", "extract", "--ratio", "1"],
        page.as_bytes(),
    );
    let out = String::from_utf8(o.stdout).unwrap();
    assert!(
        !out.contains("آخر تحديث") && !out.contains("خطة لدعم"),
        "{out}"
    );
}

/// ARTICLE as a web page: a head, a menu, its headline as `<h1>`, a paragraph a line, a
/// photo caption and a footer.
fn article_page() -> String {
    let paragraphs: String = ARTICLE
        .lines()
        .map(|l| {
            format!(
                "<p class=\"body\">\n  {}\n</p>\n",
                l.replace("200 مليون", "<b>200 مليون</b>")
            )
        })
        .collect();
    format!(
        "<!DOCTYPE html>\n<html lang=\"ar\" dir=\"rtl\"><head><title>الموقع</title>\
         <script>var x = \"<p>ليس من المقال</p>\";</script></head>\n<body>\
         <nav><a href=\"/\">الرئيسية</a> | <a href=\"/eco\">اقتصاد</a></nav>\n<article>\
         <h1>الحكومة تعلن خطة لدعم المزارعين</h1>\n{paragraphs}\
         <figure><img src=\"a.jpg\"><figcaption>مزارع في حقله</figcaption></figure>\
         </article><footer>جميع الحقوق محفوظة &copy; 2026</footer></body></html>\n"
    )
}

#[test]
fn html_pages_are_read_as_their_text_with_offsets_into_the_html() {
    let page = article_page();
    let plain = |flags: &[&str]| {
        let mut args = vec![
            "summarize",
            "--json",
            "--title",
            "الحكومة تعلن خطة لدعم المزارعين",
        ];
        args.extend_from_slice(flags);
        let o = mujaz(&args, ARTICLE.as_bytes());
        assert!(o.status.success(), "{}", stderr(&o));
        serde_json::from_slice::<serde_json::Value>(&o.stdout).unwrap()
    };
    for flags in [
        &[][..],
        &["--mode", "headline"],
        &["--mode", "extract", "--sentences", "2"],
    ] {
        // Stdin that opens with a tag is read as HTML, its <h1> as the title.
        let mut args = vec!["summarize", "--json"];
        args.extend_from_slice(flags);
        let o = mujaz(&args, page.as_bytes());
        assert!(o.status.success(), "{}", stderr(&o));
        let got: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
        let want = plain(flags);
        assert_eq!(got["summary"], want["summary"], "{flags:?}");
        assert!(!got["summary"].as_str().unwrap().contains('<'));
        // The same sentences, found where the HTML has them.
        let (got, want) = (
            got["sentences"].as_array().unwrap(),
            want["sentences"].as_array().unwrap(),
        );
        assert_eq!(got.len(), want.len());
        for (g, w) in got.iter().zip(want) {
            assert_eq!(g["index"], w["index"]);
            let at = |v: &serde_json::Value, k: &str| v[k].as_u64().unwrap() as usize;
            let in_html = &page[at(g, "start")..at(g, "end")];
            let in_text = &ARTICLE[at(w, "start")..at(w, "end")];
            assert_eq!(in_html.replace("<b>", "").replace("</b>", ""), in_text);
        }
    }
    // A directory's .html files are pages; with --html, so are JSONL text fields.
    let dir = tmpdir("html-pages");
    std::fs::write(dir.join("a.html"), &page).unwrap();
    std::fs::write(dir.join("b.txt"), ARTICLE).unwrap();
    let o = mujaz(&["summarize", dir.to_str().unwrap()], b"");
    assert!(o.status.success(), "{}", stderr(&o));
    let listed = rows(&o);
    assert_eq!(listed.len(), 2);
    let want = plain(&[]);
    assert_eq!(listed[0]["summary"], want["summary"]);
    let line = serde_json::json!({"id": 1, "text": page}).to_string();
    let o = mujaz(&["summarize", "--html"], line.as_bytes());
    assert!(o.status.success(), "{}", stderr(&o));
    assert_eq!(rows(&o)[0]["summary"], want["summary"]);
    // Without --html a JSONL field is plain text, tags and all.
    let o = mujaz(&["summarize"], line.as_bytes());
    assert!(rows(&o)[0]["summary"].as_str().unwrap().contains('<'));
    // A page with markup only is an empty article; a page's title is no first line.
    let o = mujaz(
        &["summarize", "--format", "html"],
        b"<p> </p><script>x</script>",
    );
    assert_eq!(o.status.code(), Some(1));
    assert!(stderr(&o).contains("empty"), "{}", stderr(&o));
    let o = mujaz(
        &["summarize", "--html", "--first-line-is-title"],
        page.as_bytes(),
    );
    assert_eq!(o.status.code(), Some(2));
}

#[test]
fn byte_order_marks_say_how_an_input_is_encoded() {
    let want = summarize_ok(ARTICLE, &[]);
    let utf16 = |text: &str, big: bool| -> Vec<u8> {
        let mut b: Vec<u8> = if big {
            vec![0xFE, 0xFF]
        } else {
            vec![0xFF, 0xFE]
        };
        for u in text.encode_utf16() {
            b.extend(if big {
                u.to_be_bytes()
            } else {
                u.to_le_bytes()
            });
        }
        b
    };
    let dir = tmpdir("utf16");
    for big in [false, true] {
        let bytes = utf16(ARTICLE, big);
        // On stdin, and as a file (whatever --encoding says: the mark decides).
        let o = mujaz(&["summarize"], &bytes);
        assert!(o.status.success(), "{}", stderr(&o));
        assert_eq!(stdout(&o).trim_end(), want);
        let path = dir.join(format!("a{big}.txt"));
        std::fs::write(&path, &bytes).unwrap();
        let p = path.to_str().unwrap();
        for args in [
            vec!["summarize", p],
            vec!["summarize", "--encoding", "cp1256", p],
        ] {
            let o = mujaz(&args, b"");
            assert!(o.status.success(), "{}", stderr(&o));
            assert_eq!(stdout(&o).trim_end(), want);
        }
        // The text commands read it too; offsets index the text as decoded.
        let o = mujaz(&["text", "sentences", "--json", p], b"");
        assert!(o.status.success(), "{}", stderr(&o));
        let first = &rows(&o)[0];
        let (a, b) = (
            first["start"].as_u64().unwrap(),
            first["end"].as_u64().unwrap(),
        );
        assert_eq!(
            first["text"].as_str().unwrap(),
            &ARTICLE[a as usize..b as usize]
        );
    }
    // A page in UTF-16 on stdin is still a page.
    let page = format!(
        "<html><body><p>{}</p></body></html>",
        ARTICLE.replace('\n', "</p><p>")
    );
    let o = mujaz(&["summarize"], &utf16(&page, false));
    assert!(o.status.success(), "{}", stderr(&o));
    assert_eq!(stdout(&o).trim_end(), want);
    // So is one in UTF-8 behind a byte order mark.
    let o = mujaz(&["summarize"], format!("\u{FEFF}{page}").as_bytes());
    assert!(o.status.success(), "{}", stderr(&o));
    assert_eq!(stdout(&o).trim_end(), want);
    // A UTF-8 byte order mark opens a JSONL or lines file, not its first record.
    let jsonl = format!(
        "\u{FEFF}{}\n",
        serde_json::json!({"id": "a", "text": ARTICLE})
    );
    let o = mujaz(&["summarize", "--output", "text"], jsonl.as_bytes());
    assert!(o.status.success(), "{}", stderr(&o));
    assert_eq!(stdout(&o).trim_end(), want);
    let line = format!("\u{FEFF}{}\n", ARTICLE.replace('\n', " "));
    let o = mujaz(
        &["summarize", "--format", "lines", "--json"],
        line.as_bytes(),
    );
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(!rows(&o)[0]["summary"]
        .as_str()
        .unwrap()
        .starts_with('\u{FEFF}'));
    // An odd byte out is no UTF-16: an error naming the encoding.
    let mut bad = utf16(ARTICLE, false);
    bad.push(b'x');
    let o = mujaz(&["summarize", "--json"], &bad);
    assert_eq!(o.status.code(), Some(1));
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(v["error"]["kind"], "invalid_encoding");
    assert!(v["error"]["message"].as_str().unwrap().contains("UTF-16LE"));
}

#[test]
fn legacy_arabic_encodings_are_read_when_named_or_declared() {
    let (cp1256, _, bad) = encoding_rs::WINDOWS_1256.encode(ARTICLE);
    assert!(!bad);
    let want = summarize_ok(ARTICLE, &[]);
    // Not UTF-8: an error that says what to do.
    let o = mujaz(&["summarize"], &cp1256);
    assert_eq!(o.status.code(), Some(1));
    assert!(
        stderr(&o).contains("name it with --encoding"),
        "{}",
        stderr(&o)
    );
    for label in ["windows-1256", "cp1256", "Windows-1256 "] {
        let o = mujaz(&["summarize", "--encoding", label], &cp1256);
        assert!(o.status.success(), "{label}: {}", stderr(&o));
        assert_eq!(stdout(&o).trim_end(), want);
    }
    // One article a line, in the named encoding.
    let o = mujaz(
        &["summarize", "--format", "lines", "--encoding", "cp1256"],
        &cp1256,
    );
    assert_eq!(rows(&o).len(), ARTICLE.lines().count());
    // A page declares its charset, as browsers read it.
    let page = format!(
        "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1256\">\
         </head><body><p>{}</p></body></html>",
        ARTICLE.replace('\n', "</p><p>")
    );
    let (page, _, _) = encoding_rs::WINDOWS_1256.encode(&page);
    let o = mujaz(&["summarize"], &page);
    assert!(o.status.success(), "{}", stderr(&o));
    assert_eq!(stdout(&o).trim_end(), want);
    // Bytes the named encoding has no character for; encodings that are not ASCII-based.
    let o = mujaz(
        &["summarize", "--encoding", "iso-8859-6", "--json"],
        &cp1256,
    );
    assert_eq!(o.status.code(), Some(1));
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(v["error"]["kind"], "invalid_encoding");
    for label in ["utf-16le", "klingon"] {
        let o = mujaz(&["summarize", "--encoding", label], &cp1256);
        assert_eq!(o.status.code(), Some(2), "{label}");
    }
}
