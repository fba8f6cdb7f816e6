//! The API on a real loopback socket, with a minimal HTTP/1.1 client.

mod common;

use std::io::{Read, Write};
use std::net::{SocketAddr, TcpStream};
use std::time::Duration;

use mujaz_server::Config;
use serde_json::{json, Value};

const ARTICLE: &str =
    "أعلنت الحكومة، الأحد، عن خطة جديدة لدعم المزارعين في المناطق الريفية بقيمة 200 مليون دولار.
وقال وزير الزراعة إن الخطة تشمل قروضاً ميسرة وبذوراً محسنة وأنظمة ري حديثة.
وأضاف أن التنفيذ سيبدأ الشهر المقبل في ثلاث محافظات.";

fn server() -> SocketAddr {
    common::start(Config::default())
}

/// Send a raw request; returns (status, body).
fn raw(addr: SocketAddr, request: &[u8]) -> (u16, String) {
    let mut s = TcpStream::connect(addr).unwrap();
    s.set_read_timeout(Some(Duration::from_secs(30))).unwrap();
    s.write_all(request).unwrap();
    let mut buf = Vec::new();
    s.read_to_end(&mut buf).unwrap();
    let text = String::from_utf8_lossy(&buf).into_owned();
    let status: u16 = text
        .split(' ')
        .nth(1)
        .and_then(|c| c.parse().ok())
        .unwrap_or(0);
    let body = text
        .split_once("\r\n\r\n")
        .map(|x| x.1.to_string())
        .unwrap_or_default();
    (status, body)
}

fn request(addr: SocketAddr, method: &str, path: &str, body: &str) -> (u16, String) {
    let req = format!(
        "{method} {path} HTTP/1.1\r\nHost: test\r\nContent-Type: application/json\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{body}",
        body.len()
    );
    raw(addr, req.as_bytes())
}

fn post(addr: SocketAddr, path: &str, v: &Value) -> (u16, Value) {
    let (status, body) = request(addr, "POST", path, &v.to_string());
    (status, serde_json::from_str(&body).unwrap_or(Value::Null))
}

fn error_kind(v: &Value) -> &str {
    v["error"]["kind"].as_str().unwrap_or("")
}

#[test]
fn health_and_page() {
    let a = server();
    let (s, b) = request(a, "GET", "/healthz", "");
    assert_eq!(s, 200);
    assert!(b.contains("ok"));
    let (s, b) = request(a, "GET", "/", "");
    assert_eq!(s, 200);
    assert!(b.contains("dir=\"rtl\"") && b.contains("lang=\"ar\""));
}

#[test]
fn summarize_modes_and_offsets() {
    let a = server();
    for mode in ["standfirst", "headline", "extract"] {
        let (s, v) = post(
            a,
            "/v1/summarize",
            &json!({"text": ARTICLE, "mode": mode, "title": "خطة لدعم المزارعين"}),
        );
        assert_eq!(s, 200, "{v}");
        assert_eq!(v["mode"], mode);
        for src in v["sentences"].as_array().unwrap() {
            let (st, en) = (
                src["start"].as_u64().unwrap() as usize,
                src["end"].as_u64().unwrap() as usize,
            );
            assert!(en <= ARTICLE.len() && st < en);
            let _ = &ARTICLE[st..en];
        }
    }
    let (s, v) = post(
        a,
        "/v1/summarize",
        &json!({"text": ARTICLE, "mode": "extract", "sentences": 2}),
    );
    assert_eq!(s, 200);
    assert_eq!(v["sentences"].as_array().unwrap().len(), 2);
}

#[test]
fn compression_is_an_option() {
    let a = server();
    let (s, v) = post(
        a,
        "/v1/summarize",
        &json!({"text": ARTICLE, "algorithm": "lead", "compress": {"days": true}}),
    );
    assert_eq!(s, 200, "{v}");
    // Rules left out take their defaults: the present tense and the speaker first are on
    // (once the day is gone, nothing parts the speaker from what was announced).
    assert_eq!(
        v["summary"],
        "الحكومة تعلن عن خطة جديدة لدعم المزارعين في المناطق الريفية بقيمة 200 مليون دولار."
    );
    assert!(v["sentences"][0]["kept"].is_array());
    assert_eq!(v["sentences"][0]["rewritten"][0]["text"], "تعلن ");
    let (s, v) = post(
        a,
        "/v1/summarize",
        &json!({"text": ARTICLE, "algorithm": "lead",
                "compress": {"days": true, "present_tense": false}}),
    );
    assert_eq!(s, 200, "{v}");
    assert_eq!(
        v["summary"],
        "أعلنت الحكومة عن خطة جديدة لدعم المزارعين في المناطق الريفية بقيمة 200 مليون دولار."
    );
    assert!(v["sentences"][0].get("rewritten").is_none());
    // An opening passive is told by its noun, unless the request says not to.
    let killed = "قُتل ثلاثة أشخاص في انفجار وقع في وسط العاصمة الليلة الماضية.";
    let (s, v) = post(a, "/v1/summarize", &json!({"text": killed}));
    assert_eq!(s, 200, "{v}");
    assert_eq!(
        v["summary"],
        "مقتل ثلاثة أشخاص في انفجار وقع في وسط العاصمة الليلة الماضية."
    );
    assert_eq!(v["sentences"][0]["rewritten"][0]["text"], "مقتل");
    let (s, v) = post(
        a,
        "/v1/summarize",
        &json!({"text": killed, "compress": {"event_noun": false}}),
    );
    assert_eq!(s, 200, "{v}");
    assert_eq!(v["summary"], killed);
    // Unknown rule names are a client error, not silently ignored.
    let (s, v) = post(
        a,
        "/v1/summarize",
        &json!({"text": ARTICLE, "compress": {"dayz": true}}),
    );
    assert_eq!(s, 400, "{v}");
    assert!(v["error"]["message"].as_str().unwrap().contains("dayz"));
}

#[test]
fn batch_in_order_with_errors() {
    let a = server();
    let docs = json!({"documents": [
        {"id": "a", "text": ARTICLE},
        {"id": "b", "text": ""},
        {"id": 3, "text": "English only"},
        {"text": ARTICLE}
    ], "mode": "headline"});
    let (s, v) = post(a, "/v1/summarize/batch", &docs);
    assert_eq!(s, 200, "{v}");
    let r = v["results"].as_array().unwrap();
    assert_eq!(r.len(), 4);
    assert_eq!(r[0]["id"], "a");
    assert!(r[0]["summary"].is_string());
    assert_eq!(error_kind(&r[1]), "empty");
    assert_eq!(r[2]["id"], 3);
    assert_eq!(error_kind(&r[2]), "no_arabic");
    assert!(r[3]["summary"].is_string());
}

#[test]
fn rouge_endpoint() {
    let a = server();
    let (s, v) = post(
        a,
        "/v1/rouge",
        &json!({"references": ["قال الوزير إن الوضع مستقر"], "candidate": "قالَ الوزيرُ إنّ الوضعَ مستقر"}),
    );
    assert_eq!(s, 200);
    assert_eq!(v["rouge1"]["f"], 1.0);
    assert_eq!(v["empty"], false);
    let (s, v) = post(a, "/v1/rouge", &json!({"references": [], "candidate": "x"}));
    assert_eq!((s, error_kind(&v)), (422, "invalid_option"));
    let (s, _) = post(
        a,
        "/v1/rouge",
        &json!({"references": ["x"], "candidate": "y", "compat": "nope"}),
    );
    assert_eq!(s, 422);
}

#[test]
fn client_errors_are_json_never_500() {
    let a = common::start(Config {
        body_limit: 2000,
        max_batch: 2,
        ..Config::default()
    });
    let (s, b) = request(a, "POST", "/v1/summarize", "{not json");
    assert_eq!(s, 400);
    assert_eq!(
        error_kind(&serde_json::from_str(&b).unwrap()),
        "bad_request"
    );
    let (s, v) = post(a, "/v1/summarize", &json!({"text": 5}));
    assert_eq!((s, error_kind(&v)), (400, "bad_request"));
    let (s, v) = post(a, "/v1/summarize", &json!({"text": ARTICLE, "extra": 1}));
    assert_eq!(s, 400, "{v}");
    let (s, v) = post(a, "/v1/summarize", &json!({"text": "ا".repeat(3000)}));
    assert_eq!((s, error_kind(&v)), (413, "too_large"));
    let (s, v) = post(
        a,
        "/v1/summarize",
        &json!({"text": ARTICLE, "mode": "poem"}),
    );
    assert_eq!((s, error_kind(&v)), (422, "invalid_option"));
    let (s, v) = post(
        a,
        "/v1/summarize",
        &json!({"text": ARTICLE, "sentences": 2, "words": 3}),
    );
    assert_eq!(s, 422, "{v}");
    let (s, v) = post(a, "/v1/summarize", &json!({"text": ARTICLE, "ratio": 3.0}));
    assert_eq!(s, 422, "{v}");
    let (s, v) = post(a, "/v1/summarize", &json!({"text": "   "}));
    assert_eq!((s, error_kind(&v)), (422, "empty"));
    let (s, v) = post(
        a,
        "/v1/summarize/batch",
        &json!({"documents": [{"text": "ا"}, {"text": "ب"}, {"text": "ت"}]}),
    );
    assert_eq!((s, error_kind(&v)), (422, "invalid_option"));
    let (s, v) = post(a, "/nope", &json!({}));
    assert_eq!((s, error_kind(&v)), (404, "not_found"));
    let (s, _) = request(a, "GET", "/v1/summarize", "");
    assert_eq!(s, 405);
}

#[test]
fn deadline_gives_503() {
    let a = common::start(Config {
        timeout: Duration::from_nanos(1),
        ..Config::default()
    });
    // An extract reads the whole article (a standfirst reads only its lead, too fast to
    // time out).
    let big = ARTICLE.repeat(3000);
    let (s, v) = post(a, "/v1/summarize", &json!({"text": big, "mode": "extract"}));
    assert_eq!((s, error_kind(&v)), (503, "timeout"));
    let (s, _) = request(a, "GET", "/healthz", "");
    assert_eq!(s, 200);
}

#[test]
fn full_queue_sheds_load_with_503() {
    let a = common::start(Config {
        max_queue: 0,
        ..Config::default()
    });
    let (s, v) = post(a, "/v1/summarize", &json!({"text": ARTICLE}));
    assert_eq!((s, error_kind(&v)), (503, "overloaded"));
    let (s, _) = request(a, "GET", "/healthz", "");
    assert_eq!(s, 200);
}

#[test]
fn openapi_lists_the_routes_and_metrics_count() {
    let a = server();
    let (s, b) = request(a, "GET", "/openapi.json", "");
    assert_eq!(s, 200);
    let doc: Value = serde_json::from_str(&b).unwrap();
    assert!(doc["openapi"].as_str().unwrap().starts_with("3."));
    for p in [
        "/v1/summarize",
        "/v1/summarize/batch",
        "/v1/rouge",
        "/healthz",
        "/metrics",
        "/openapi.json",
        "/",
    ] {
        assert!(doc["paths"].get(p).is_some(), "{p}");
    }
    post(a, "/v1/summarize", &json!({"text": ARTICLE}));
    let (_, m) = request(a, "GET", "/metrics", "");
    assert!(
        m.contains("mujaz_requests_total{route=\"/v1/summarize\",status=\"200\"} 1"),
        "{m}"
    );
    assert!(m.contains("mujaz_documents_total 1"));
    assert!(m.contains("mujaz_request_duration_seconds_count"));
}

#[test]
fn slow_body_and_dropped_connections_do_not_hurt() {
    let a = server();
    // A client that announces a body and sends half of it, slowly, then vanishes.
    let mut slow = TcpStream::connect(a).unwrap();
    slow.write_all(b"POST /v1/summarize HTTP/1.1\r\nHost: t\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n{\"text\":").unwrap();
    std::thread::sleep(Duration::from_millis(200));
    drop(slow);
    // A connection dropped mid-headers.
    let mut half = TcpStream::connect(a).unwrap();
    half.write_all(b"POST /v1/summ").unwrap();
    drop(half);
    // Garbage.
    let (s, _) = raw(a, b"\x00\x01\x02 nonsense\r\n\r\n");
    assert!(s == 400 || s == 0);
    let (s, _) = request(a, "GET", "/healthz", "");
    assert_eq!(s, 200);
    let (s, v) = post(a, "/v1/summarize", &json!({"text": ARTICLE}));
    assert_eq!(s, 200, "{v}");
}

#[test]
fn openapi_schemas_name_every_field_the_library_writes() {
    let doc: Value = serde_json::from_str(mujaz_server::OPENAPI_JSON).unwrap();
    let schemas = &doc["components"]["schemas"];
    let keys = |v: &Value| -> Vec<String> { v.as_object().unwrap().keys().cloned().collect() };
    // Compress takes exactly the library's options (it forbids any other property).
    let mut lib = keys(&serde_json::to_value(mujaz_summarize::CompressOptions::default()).unwrap());
    let mut api = keys(&schemas["Compress"]["properties"]);
    lib.sort();
    api.sort();
    assert_eq!(lib, api);
    // Every field of a source sentence, with all its optional ones present.
    let src = mujaz_summarize::SourceSentence {
        index: 0,
        start: 0,
        end: 1,
        score: 0.0,
        kept: Some(vec![[0, 1]]),
        colon_after: Some(0),
        rewritten: vec![mujaz_summarize::Rewrite {
            start: 0,
            end: 1,
            text: "يقول".into(),
        }],
    };
    let documented = &schemas["Summary"]["properties"]["sentences"]["items"]["properties"];
    for k in keys(&serde_json::to_value(src).unwrap()) {
        assert!(
            documented.get(&k).is_some(),
            "{k} missing from openapi.json"
        );
    }
}

#[test]
fn html_pages_with_offsets_into_the_html() {
    let a = server();
    let page: String = format!(
        "<html><head><title>موقع</title></head><body><nav>الرئيسية</nav><h1>خطة لدعم المزارعين</h1>{}</body></html>",
        ARTICLE
            .lines()
            .map(|l| format!("<p>{}</p>", l.replace("الأحد", "<em>الأحد</em>")))
            .collect::<String>()
    );
    let (s, plain) = post(
        a,
        "/v1/summarize",
        &json!({"text": ARTICLE, "title": "خطة لدعم المزارعين"}),
    );
    assert_eq!(s, 200, "{plain}");
    let (s, v) = post(a, "/v1/summarize", &json!({"text": page, "html": true}));
    assert_eq!(s, 200, "{v}");
    assert_eq!(v["summary"], plain["summary"]);
    let src = &v["sentences"][0];
    let (st, en) = (
        src["start"].as_u64().unwrap() as usize,
        src["end"].as_u64().unwrap() as usize,
    );
    assert!(
        page[st..en].starts_with("أعلنت الحكومة، <em>الأحد</em>،"),
        "{}",
        &page[st..en]
    );
    let (s, v) = post(
        a,
        "/v1/summarize/batch",
        &json!({"documents": [{"id": "p", "text": page}, {"id": "e", "text": "<p></p>"}], "html": true}),
    );
    assert_eq!(s, 200, "{v}");
    assert_eq!(v["results"][0]["summary"], plain["summary"]);
    assert_eq!(error_kind(&v["results"][1]), "empty");
}
