# Source this, then `start_xvfb DIR`: starts Xvfb on a free display (-displayfd, so runs on a
# shared machine never collide), waits until a client can really connect (xdpyinfo), and
# retries up to three times, printing Xvfb's own log when it gives up. Sets `display` (":N")
# and `xvfb` (its PID); the caller kills it.
start_xvfb() {
    local dir=$1 attempt
    for attempt in 1 2 3; do
        : >"$dir/display"
        Xvfb -displayfd 3 -screen 0 1600x1000x24 -nolisten tcp 3>"$dir/display" \
            >"$dir/xvfb.log" 2>&1 &
        xvfb=$!
        for _ in $(seq 150); do [ -s "$dir/display" ] && break; sleep 0.1; done
        display=":$(head -1 "$dir/display" | tr -dc 0-9)"
        if [ "$display" != ":" ]; then
            for _ in $(seq 100); do
                if DISPLAY="$display" xdpyinfo >/dev/null 2>&1; then return 0; fi
                kill -0 "$xvfb" 2>/dev/null || break
                sleep 0.1
            done
        fi
        echo "Xvfb attempt $attempt: no usable display ($display)"
        kill "$xvfb" 2>/dev/null || true
        wait "$xvfb" 2>/dev/null || true
    done
    cat "$dir/xvfb.log"
    echo "Xvfb did not start"
    return 1
}
