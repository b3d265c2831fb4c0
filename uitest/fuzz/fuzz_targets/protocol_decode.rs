//! The bytes an app reads from its UI test socket: any input decodes to frames and requests
//! or to an error, never a panic, a hang or an allocation the header's limits did not allow.
#![no_main]

use arkui_uitest::protocol::{FrameLimits, decode_frame, parse_request, parse_response, read_frame};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    // A stream of frames, as the server's loop reads them.
    let mut rest = data;
    while let Ok(Some(frame)) = read_frame(&mut rest, FrameLimits::REQUEST) {
        assert!(frame.json.len() <= FrameLimits::REQUEST.json as usize);
        assert!(frame.binary.is_empty());
        if let Ok(env) = parse_request(&frame.json) {
            // What parses serialises back and parses to the same request.
            let again = parse_request(&arkui_uitest::protocol::to_json(&env)).expect("round trip");
            assert_eq!(again, env);
        }
    }
    // The buffered decoder agrees with the streaming one on the first frame.
    match (decode_frame(data, FrameLimits::REQUEST), read_frame(&mut &data[..], FrameLimits::REQUEST)) {
        (Ok(Some((a, used))), Ok(Some(b))) => {
            assert_eq!(a, b);
            assert!(used <= data.len());
        }
        (Err(_), Err(_)) | (Ok(None), _) => {}
        (a, b) => panic!("decoders disagree: {a:?} vs {b:?}"),
    }
    let _ = parse_response(data);
});
