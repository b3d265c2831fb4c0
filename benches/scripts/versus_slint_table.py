# The table versus-slint.sh prints: medians of each side's per-run medians, and their ratio.
import json,sys,statistics as st,collections
d=collections.defaultdict(list)
for l in open(sys.argv[1]):
    j=json.loads(l)
    size=j.get('size') or f"{j['w']}x{j['h']}"; op=j['op']
    d[(size,op,j['side'])].append(j['median_us'])
sizes=['320x240','800x480','1920x1080']; ops=['startup','full_frame','update_every_10th','toggle_one','scroll_one_row']
print('| viewport | op | ours µs | Slint µs | ours/Slint |'); print('|---|---|---|---|---|')
for s in sizes:
  for o in ops:
    a=d.get((s,o,'ours')); b=d.get((s,o,'slint'))
    if a and b:
      ma,mb=st.median(a),st.median(b); print(f'| {s} | {o} | {ma:.1f} | {mb:.1f} | {ma/mb:.2f} |')
