# poll_until SECONDS COMMAND [ARGS...]: run COMMAND every 0.1 s until it succeeds (return 0)
# or SECONDS pass (return 1, after one last try). CI checks wait for a condition this way,
# never for a fixed time: a busy machine is slower, not wrong.
poll_until() {
    local deadline=$(( $(date +%s) + $1 ))
    shift
    while :; do
        if "$@"; then return 0; fi
        if [ "$(date +%s)" -ge "$deadline" ]; then "$@"; return; fi
        sleep 0.1
    done
}
