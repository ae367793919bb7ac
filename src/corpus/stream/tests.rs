#[test]
fn an_endless_input_ends_at_the_limit_with_what_came_before() {
    // `yes`: longer than the limit, as an endless stream is.
    let endless = std::io::Cursor::new(b"y\n".repeat(1 << 20));
    let mut got = 0;
    let result = pieces_up_to(endless, 64, 1000, |p| {
        got += p.len();
        true
    });
    assert!(matches!(result, Err(StreamError::TooBig)), "{result:?}");
    assert!((900..=1100).contains(&got), "{got}");
}

use super::*;

fn pieces(bytes: &[u8]) -> (Vec<String>, Result<Summary, StreamError>) {
    let mut out = Vec::new();
    let r = for_each_piece(bytes, |p| {
        out.push(p);
        true
    });
    (out, r)
}

fn big(line: &str, n: usize) -> String {
    line.repeat(n)
}

#[test]
fn small_input_is_one_piece_like_decode() {
    let (p, r) = pieces("첫 줄\r\n둘째".as_bytes());
    assert_eq!(p, ["첫 줄\n둘째"]);
    assert_eq!(r.as_ref().ok().map(|s| s.encoding), Some("UTF-8"));
    assert_eq!(r.ok().map(|s| s.bytes), Some("첫 줄\r\n둘째".len() as u64));
    let (cp949, _, _) = EUC_KR.encode("옛 글자입");
    assert_eq!(pieces(&cp949).1.ok().map(|s| s.bytes), Some(9));
    assert!(matches!(
        pieces(b"").1,
        Err(StreamError::Decode(DecodeError::Empty))
    ));
}

#[test]
fn big_input_comes_in_line_pieces_that_add_up() {
    let text = big("“인용문입니다”라고 그는 말했다.\r\n", 60_000);
    let (p, r) = pieces(text.as_bytes());
    assert!(p.len() > 1);
    assert!(p.iter().all(|s| s.ends_with('\n')));
    assert!(p.concat() == text.replace("\r\n", "\n"));
    assert_eq!(
        r.ok(),
        Some(Summary {
            encoding: "UTF-8",
            lossy: false,
            bytes: text.len() as u64,
        })
    );
}

#[test]
fn big_cp949_and_utf16_and_binary() {
    let text = big("중국의 저렴한 모델이다.\n", 100_000);
    let (bytes, _, _) = EUC_KR.encode(&text);
    let (p, r) = pieces(&bytes);
    assert!(p.concat() == text, "pieces differ from the text");
    let r = r.ok();
    assert_eq!(r.map(|s| s.encoding), Some("EUC-KR"));
    // The bytes read, not the longer UTF-8 text they became.
    assert_eq!(r.map(|s| s.bytes), Some(bytes.len() as u64));
    assert!(text.len() > bytes.len());
    let le: Vec<u8> = text.encode_utf16().flat_map(u16::to_le_bytes).collect();
    let (p, r) = pieces(&le);
    assert!(p.concat() == text, "pieces differ from the text");
    assert_eq!(r.ok().map(|s| s.encoding), Some("UTF-16LE"));
    let mut bin = vec![0u8; BLOCK + 10];
    bin[0] = 0x7f;
    assert!(matches!(
        pieces(&bin).1,
        Err(StreamError::Decode(DecodeError::Binary))
    ));
}

#[test]
fn a_cr_split_from_its_lf_and_a_huge_line_are_handled() {
    // Place "\r\n" exactly across the first block boundary.
    let mut text = "가".repeat((BLOCK - 1) / 3);
    while text.len() < BLOCK - 1 {
        text.push('a');
    }
    text.push_str("\r\nnext\n");
    let (p, _) = pieces(text.as_bytes());
    assert!(p.concat() == text.replace("\r\n", "\n"));
    let long = "낱말 ".repeat(4_000_000);
    let (p, _) = pieces(long.as_bytes());
    assert!(p.len() > 1 && p.iter().all(|s| s.len() <= MAX_CARRY + BLOCK * 4));
    assert!(p.concat() == long);
}

#[test]
fn invalid_bytes_later_are_replaced_and_marked() {
    let mut bytes = big("정상적인 줄\n", 200_000).into_bytes();
    bytes.extend([0xFF, b'\n']);
    let (p, r) = pieces(&bytes);
    assert!(p.concat().ends_with("\u{FFFD}\n"));
    assert_eq!(r.ok().map(|s| s.lossy), Some(true));
}

#[test]
fn a_big_utf8_input_hands_over_a_screenful_first_and_the_same_text() {
    let text = big("홍길동 교수는 “좋은 날이다”라고 말했다.\n", 60_000);
    let (p, r) = pieces(text.as_bytes());
    assert!(
        p[0].len() <= FIRST_PIECE && !p[0].is_empty(),
        "{}",
        p[0].len()
    );
    assert_eq!(p.concat(), decode(text.as_bytes()).unwrap().text);
    assert_eq!(r.ok().map(|s| s.encoding), Some("UTF-8"));
}

#[test]
fn the_first_block_is_still_judged_whole() {
    // Plain UTF-8 at first, a NUL further into the first block: binary, as before.
    let mut bytes = big("한글 줄\n", 20_000).into_bytes();
    bytes.extend_from_slice(b"\0\0\0");
    bytes.extend(big("더\n", 100_000).into_bytes());
    assert!(matches!(
        pieces(&bytes).1,
        Err(StreamError::Decode(DecodeError::Binary))
    ));
    // ASCII at first, EUC-KR Korean further into the first block: EUC-KR, as before.
    let mut legacy = big("plain ascii line\n", 10_000).into_bytes();
    let old = big("옛 글자입니다\n", 100_000);
    let (korean, _, _) = EUC_KR.encode(&old);
    legacy.extend_from_slice(&korean);
    let (p, r) = pieces(&legacy);
    assert_eq!(r.ok().map(|s| s.encoding), Some("EUC-KR"));
    assert!(p.concat().ends_with("옛 글자입니다\n"));
}

#[test]
fn early_pieces_are_the_start_of_the_stream() {
    let text = big("홍길동 교수는 “좋은 날이다”라고 말했다.\n", 60_000);
    let (p, _) = pieces(text.as_bytes());
    let whole = p.concat();
    for len in [100, 16 << 10, FIRST_PIECE] {
        let early = early_pieces(text.as_bytes(), len).unwrap().concat();
        assert!(!early.is_empty() && early.len() <= len);
        assert!(whole.starts_with(&early), "{len}");
    }
    // Nothing early where the stream judges the first block first: too short, all ASCII
    // (it may be a legacy encoding), a byte order mark.
    let short = big("짧은 글\n", 10);
    assert!(early_pieces(short.as_bytes(), FIRST_PIECE)
        .unwrap()
        .is_empty());
    let ascii = big("plain ascii line\n", 10_000);
    assert!(early_pieces(ascii.as_bytes(), FIRST_PIECE)
        .unwrap()
        .is_empty());
    let bom = format!("\u{feff}{text}");
    assert!(early_pieces(bom.as_bytes(), FIRST_PIECE)
        .unwrap()
        .is_empty());
}

#[test]
fn plainly_utf8_allows_only_a_character_cut_at_the_end() {
    let text = "홍길동 교수는 “좋은 날이다”라고 말했다.\n".repeat(40);
    let bytes = text.as_bytes();
    assert!(plainly_utf8(bytes));
    for cut in 1..=2 {
        // `다` cut after its first or second byte.
        let end = text.rfind('다').unwrap_or(0) + cut;
        assert!(plainly_utf8(&bytes[..end]), "{cut}");
    }
    let mut bad = bytes.to_vec();
    bad[10] = 0xFF;
    assert!(!plainly_utf8(&bad), "an invalid byte inside");
    let mut bad_end = bytes.to_vec();
    bad_end.push(0xFF);
    assert!(!plainly_utf8(&bad_end), "an invalid byte at the end");
    let mut cut_then_ascii = bytes[..bytes.len() - 2].to_vec();
    cut_then_ascii.extend_from_slice(&[0xEB, b'a']);
    assert!(
        !plainly_utf8(&cut_then_ascii),
        "a cut character before more text"
    );
    assert!(!plainly_utf8(b"plain ascii"));
}
