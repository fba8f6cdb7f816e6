//! Runs the real `mujaz` binary on the text pipeline.

mod common;
use common::*;

#[test]
fn normalize_stdin() {
    let o = mujaz(&["text", "normalize"], "قالَ الوزيرُ إنّ ٣٥٪ وصلت".as_bytes());
    assert!(o.status.success());
    assert_eq!(stdout(&o), "قال الوزير ان 35% وصلت");
}

#[test]
fn normalize_settings() {
    let o = mujaz(
        &[
            "text",
            "normalize",
            "--set",
            "teh_marbuta=on",
            "--set",
            "punctuation=off",
        ],
        "مدرسةٌ، جديدة".as_bytes(),
    );
    assert_eq!(stdout(&o), "مدرسه، جديده");
    let bad = mujaz(&["text", "normalize", "--set", "nope=on"], b"x");
    assert_eq!(bad.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&bad.stderr).contains("unknown step 'nope'"));
}

#[test]
fn tokens_json_have_original_spans() {
    let text = "وَصَلَ ٣٫٥ مليون.";
    let o = mujaz(&["text", "tokens", "--json"], text.as_bytes());
    assert!(o.status.success());
    let rows: Vec<serde_json::Value> = stdout(&o)
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(rows.len(), 4);
    for r in &rows {
        let (s, e) = (
            r["start"].as_u64().unwrap() as usize,
            r["end"].as_u64().unwrap() as usize,
        );
        assert_eq!(&text[s..e], r["text"].as_str().unwrap());
    }
    assert_eq!(rows[0]["text"], "وَصَلَ");
    assert_eq!(rows[0]["norm"], "وصل");
    assert_eq!(rows[1]["kind"], "number");
    assert_eq!(rows[3]["kind"], "punct");
}

#[test]
fn sentences_plain_and_json() {
    let text = "قال د. سمير إن النمو 3.5 بالمئة. هل يستمر؟!\nنعم";
    let o = mujaz(&["text", "sentences"], text.as_bytes());
    assert_eq!(
        stdout(&o),
        "قال د. سمير إن النمو 3.5 بالمئة.\nهل يستمر؟!\nنعم\n"
    );
    let o = mujaz(&["text", "sentences", "--json"], text.as_bytes());
    assert_eq!(stdout(&o).lines().count(), 3);
}

#[test]
fn stem_each_stemmer() {
    for (stemmer, want) in [("light", "مساعد"), ("snowball", "مساعد"), ("root", "سعد")]
    {
        let o = mujaz(
            &["text", "stem", "--stemmer", stemmer],
            "والمساعدات".as_bytes(),
        );
        assert_eq!(stdout(&o), format!("{want}\n"), "{stemmer}");
    }
    let o = mujaz(&["text", "stem", "--stemmer", "porter"], b"x");
    assert_eq!(o.status.code(), Some(2));
}

#[test]
fn file_argument() {
    let dir = std::env::temp_dir().join(format!("mujaz-text-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let f = dir.join("a.txt");
    std::fs::write(&f, "جملة أولى. جملة ثانية.").unwrap();
    let o = mujaz(&["text", "sentences", f.to_str().unwrap()], b"");
    assert_eq!(stdout(&o).lines().count(), 2);
    let missing = mujaz(
        &["text", "sentences", dir.join("none.txt").to_str().unwrap()],
        b"",
    );
    assert_eq!(missing.status.code(), Some(1));
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn invalid_utf8_names_offset_and_empty_input_is_empty() {
    let o = mujaz(&["text", "tokens"], b"abc \xd8");
    assert_eq!(o.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&o.stderr).contains("invalid UTF-8 at byte offset 4"));
    for op in ["normalize", "tokens", "sentences", "stem"] {
        let o = mujaz(&["text", op], b"");
        assert!(o.status.success(), "{op}");
        assert!(o.stdout.is_empty(), "{op}");
    }
}

#[test]
fn html_shows_what_summarize_reads_from_a_page() {
    let page = "<html><head><title>موقع</title><style>p{}</style></head><body>\
                <div class=\"cookie-banner\">نقبل ملفات الارتباط.</div><h1>عنوان &amp; خبر</h1>\
                <p>قال <b>الوزير</b> إن الخطة جاهزة.</p><p>وأضاف أنها تبدأ غدا.</p></body></html>";
    let o = mujaz(&["text", "html"], page.as_bytes());
    assert!(o.status.success());
    assert_eq!(
        stdout(&o),
        "# عنوان & خبر\nقال الوزير إن الخطة جاهزة.\nوأضاف أنها تبدأ غدا.\n"
    );
    let o = mujaz(&["text", "html", "--json"], page.as_bytes());
    let v: serde_json::Value = serde_json::from_str(stdout(&o).trim()).unwrap();
    assert_eq!(v["title"], "عنوان & خبر");
    assert_eq!(
        v["text"],
        "قال الوزير إن الخطة جاهزة.\nوأضاف أنها تبدأ غدا."
    );
}
