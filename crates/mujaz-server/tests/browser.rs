//! The web page in a real headless browser (Debian's chromium + chromedriver over the
//! WebDriver protocol): paste an article, submit, and check the highlighted summary.
//!
//! Runs when chromedriver is installed; `MUJAZ_BROWSER_TEST=1` (set by `.ci/run`) makes a
//! missing browser a failure instead of a skip. The screenshot lands in
//! `target/mujaz-page.png`.

mod common;

use std::io::{Read, Write};
use std::net::{TcpListener, TcpStream};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use serde_json::{json, Value};

const ARTICLE: &str =
    "أعلنت الحكومة، الأحد، عن خطة جديدة لدعم المزارعين في المناطق الريفية بقيمة 200 مليون دولار.
وقال وزير الزراعة إن الخطة تشمل قروضاً ميسرة وبذوراً محسنة وأنظمة ري حديثة.
وأضاف أن التنفيذ سيبدأ الشهر المقبل في ثلاث محافظات.";

fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

/// One WebDriver call.
fn wd(port: u16, method: &str, path: &str, body: Option<&Value>) -> Value {
    let body = body.map(|b| b.to_string()).unwrap_or_default();
    let mut s = TcpStream::connect(("127.0.0.1", port)).unwrap();
    s.set_read_timeout(Some(Duration::from_secs(60))).unwrap();
    let req = format!(
        "{method} {path} HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nContent-Type: application/json; charset=utf-8\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{body}",
        body.len()
    );
    s.write_all(req.as_bytes()).unwrap();
    // Read the head, then exactly the body (chromedriver may keep the connection open).
    let mut buf = Vec::new();
    let mut byte = [0u8; 4096];
    let head_end = loop {
        if let Some(p) = buf.windows(4).position(|w| w == b"\r\n\r\n") {
            break p + 4;
        }
        let n = s.read(&mut byte).unwrap();
        assert!(n > 0, "connection closed before the headers");
        buf.extend_from_slice(&byte[..n]);
    };
    let head = String::from_utf8_lossy(&buf[..head_end]).to_ascii_lowercase();
    let mut body_bytes = buf[head_end..].to_vec();
    if let Some(len) = head
        .lines()
        .find_map(|l| l.strip_prefix("content-length:"))
        .and_then(|v| v.trim().parse::<usize>().ok())
    {
        while body_bytes.len() < len {
            let n = s.read(&mut byte).unwrap();
            if n == 0 {
                break;
            }
            body_bytes.extend_from_slice(&byte[..n]);
        }
        body_bytes.truncate(len);
    } else if head.contains("transfer-encoding: chunked") {
        while !body_bytes.windows(5).any(|w| w == b"0\r\n\r\n") {
            let n = s.read(&mut byte).unwrap();
            if n == 0 {
                break;
            }
            body_bytes.extend_from_slice(&byte[..n]);
        }
        body_bytes = dechunk(&String::from_utf8_lossy(&body_bytes)).into_bytes();
    } else {
        let _ = s.read_to_end(&mut body_bytes);
    }
    serde_json::from_slice(&body_bytes).unwrap_or(Value::Null)
}

fn dechunk(s: &str) -> String {
    let mut out = String::new();
    let mut rest = s;
    while let Some((len, tail)) = rest.split_once("\r\n") {
        let n = usize::from_str_radix(len.trim(), 16).unwrap_or(0);
        if n == 0 || tail.len() < n {
            break;
        }
        out.push_str(&tail[..n]);
        rest = tail[n..].trim_start_matches("\r\n");
    }
    out
}

struct Driver(Child);

impl Drop for Driver {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

fn script(port: u16, session: &str, src: &str, args: Value) -> Value {
    wd(
        port,
        "POST",
        &format!("/session/{session}/execute/sync"),
        Some(&json!({"script": src, "args": args})),
    )["value"]
        .clone()
}

/// Run `src` until `done` accepts its value (20 s at most); returns that value.
fn poll(port: u16, session: &str, src: &str, what: &str, done: impl Fn(&Value) -> bool) -> Value {
    let deadline = Instant::now() + Duration::from_secs(20);
    loop {
        let v = script(port, session, src, json!([]));
        if done(&v) {
            return v;
        }
        assert!(Instant::now() < deadline, "{what}");
        std::thread::sleep(Duration::from_millis(100));
    }
}

/// The summary text, once the page shows one.
/// The text of each sentence the page marks as chosen.
fn chosen_marks(port: u16, session: &str) -> Value {
    script(
        port,
        session,
        "return Array.from(document.querySelectorAll('mark.chosen')).map(m => m.textContent);",
        json!([]),
    )
}

fn shown_summary(port: u16, session: &str, what: &str) -> String {
    let v = poll(
        port,
        session,
        "return document.getElementById('summary').textContent;",
        what,
        |v| v.as_str().is_some_and(|t| !t.is_empty()),
    );
    v.as_str().unwrap_or_default().to_string()
}

#[test]
fn page_summarizes_and_highlights() {
    let driver_bin = ["/usr/bin/chromedriver", "/usr/lib/chromium/chromedriver"]
        .into_iter()
        .find(|p| std::path::Path::new(p).exists());
    let required = std::env::var("MUJAZ_BROWSER_TEST").is_ok_and(|v| v == "1");
    let Some(driver_bin) = driver_bin else {
        assert!(
            !required,
            "MUJAZ_BROWSER_TEST=1 but chromedriver is not installed"
        );
        eprintln!("skipped: chromedriver not installed (apt-get install chromium chromium-driver)");
        return;
    };
    let server = common::start(mujaz_server::Config::default());
    let port = free_port();
    let _driver = Driver(
        Command::new(driver_bin)
            .arg(format!("--port={port}"))
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("start chromedriver"),
    );
    let deadline = Instant::now() + Duration::from_secs(20);
    while TcpStream::connect(("127.0.0.1", port)).is_err() {
        assert!(Instant::now() < deadline, "chromedriver did not start");
        std::thread::sleep(Duration::from_millis(100));
    }
    let profile = std::env::temp_dir().join(format!("mujaz-chromium-{}", std::process::id()));
    let caps = json!({"capabilities": {"alwaysMatch": {"browserName": "chrome", "goog:chromeOptions": {
        "binary": "/usr/bin/chromium",
        "args": ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync",
                 "--disable-dev-shm-usage", "--window-size=420,900",
                 format!("--user-data-dir={}", profile.display())]
    }}}});
    let created = wd(port, "POST", "/session", Some(&caps));
    let session = created["value"]["sessionId"]
        .as_str()
        .unwrap_or_else(|| panic!("no session: {created}"))
        .to_string();
    wd(
        port,
        "POST",
        &format!("/session/{session}/url"),
        Some(&json!({"url": format!("http://{server}/")})),
    );
    let dir = script(
        port,
        &session,
        "return document.documentElement.dir;",
        json!([]),
    );
    assert_eq!(dir, "rtl");
    script(port, &session, "document.getElementById('text').value = arguments[0]; document.getElementById('go').click(); return true;", json!([ARTICLE]));
    let summary = shown_summary(port, &session, "no summary appeared");
    // The lead, its verb in the present; the article shows the sentence as written.
    assert!(summary.starts_with("تعلن الحكومة"), "{summary}");
    let source = summary.replacen("تعلن", "أعلنت", 1);
    assert!(ARTICLE.contains(&source), "{summary}");
    let marked = chosen_marks(port, &session);
    assert_eq!(marked, json!([source]));
    let tip = script(
        port,
        &session,
        "return document.querySelector('mark.chosen').title;",
        json!([]),
    );
    assert!(tip.as_str().unwrap_or("").contains("الدرجة"), "{tip}");
    // An article pasted with its title: with "first line is a title" the title is shown
    // apart and is neither the summary nor marked; the lead is.
    let title = "الحكومة تطلق خطة جديدة لدعم \"المزارعين في الأرياف\"";
    script(port, &session, "document.getElementById('text').value = arguments[0]; document.getElementById('title-line').checked = true; document.getElementById('summary').textContent = ''; document.getElementById('go').click(); return true;", json!([format!("{title}\n{ARTICLE}")]));
    let pasted = shown_summary(port, &session, "no summary of the pasted article");
    assert_eq!(pasted, summary);
    let shown = script(
        port,
        &session,
        "const t = document.querySelector('strong.title-line'); return [t ? t.textContent : '', Array.from(document.querySelectorAll('mark.chosen')).map(m => m.textContent)];",
        json!([]),
    );
    assert_eq!(shown, json!([title, [source.clone()]]));
    script(port, &session, "document.getElementById('text').value = arguments[0]; document.getElementById('title-line').checked = false; return true;", json!([ARTICLE]));
    // Headline mode marks the kept spans inside the chosen sentence.
    script(port, &session, "document.getElementById('mode').value = 'headline'; document.getElementById('summary').textContent = ''; document.getElementById('go').click(); return true;", json!([]));
    poll(
        port,
        &session,
        "return document.querySelectorAll('mark.kept').length;",
        "no kept spans marked",
        |n| n.as_u64().unwrap_or(0) > 0,
    );
    // "Shorten" deletes the day between commas from the standfirst and marks what was kept.
    script(port, &session, "document.getElementById('mode').value = 'standfirst'; document.getElementById('shorten').checked = true; document.getElementById('summary').textContent = ''; document.getElementById('go').click(); return true;", json!([]));
    let short = shown_summary(port, &session, "no shortened summary appeared");
    assert!(!short.contains("الأحد"), "{short}");
    // Every rule includes reported speech: `أعلنت الحكومة عن خطة` reads `الحكومة: خطة`.
    assert!(short.starts_with("الحكومة: خطة جديدة"), "{short}");
    // A pasted page is read as HTML: the same standfirst, and the mark in the source shown
    // is the sentence with its markup.
    let page = format!(
        "<html><body><nav>الرئيسية</nav><p>{}</p></body></html>",
        ARTICLE
            .replacen("الحكومة", "<b>الحكومة</b>", 1)
            .replace('\n', "</p><p>")
    );
    script(port, &session, "document.getElementById('shorten').checked = false; document.getElementById('mode').value = 'standfirst'; document.getElementById('text').value = arguments[0]; document.getElementById('summary').textContent = ''; document.getElementById('go').click(); return true;", json!([page]));
    let from_page = shown_summary(port, &session, "no summary of the pasted page");
    assert_eq!(from_page, summary);
    let marked = chosen_marks(port, &session);
    assert_eq!(
        marked,
        json!([source.replacen("الحكومة", "<b>الحكومة</b>", 1)])
    );
    script(
        port,
        &session,
        "document.getElementById('text').value = arguments[0]; return true;",
        json!([ARTICLE]),
    );
    // Back to the headline view for the screenshot, once it has rendered.
    script(port, &session, "document.getElementById('shorten').checked = false; document.getElementById('mode').value = 'headline'; document.getElementById('summary').textContent = ''; document.getElementById('go').click(); return true;", json!([]));
    shown_summary(port, &session, "no headline for the screenshot");
    let shot = wd(port, "GET", &format!("/session/{session}/screenshot"), None);
    if let Some(b64) = shot["value"].as_str() {
        let png = base64_decode(b64);
        let out =
            std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../target/mujaz-page.png");
        let _ = std::fs::write(out, png);
    }
    wd(port, "DELETE", &format!("/session/{session}"), None);
    let _ = std::fs::remove_dir_all(&profile);
}

fn base64_decode(s: &str) -> Vec<u8> {
    let val = |c: u8| -> Option<u32> {
        Some(match c {
            b'A'..=b'Z' => c - b'A',
            b'a'..=b'z' => c - b'a' + 26,
            b'0'..=b'9' => c - b'0' + 52,
            b'+' => 62,
            b'/' => 63,
            _ => return None,
        } as u32)
    };
    let mut out = Vec::new();
    let (mut acc, mut bits) = (0u32, 0);
    for c in s.bytes().filter_map(val) {
        acc = (acc << 6) | c;
        bits += 6;
        if bits >= 8 {
            bits -= 8;
            out.push((acc >> bits) as u8);
        }
    }
    out
}
