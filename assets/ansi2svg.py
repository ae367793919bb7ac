#!/usr/bin/env python3
"""Turn a `tmux capture-pane -p -e` capture into an SVG screenshot.

usage: ansi2svg.py CAPTURE.ansi OUT.svg COLUMNS ROWS

Every cell is placed at its own column (wide characters take two), so the picture shows the
real terminal layout whatever font the viewer has.
"""
import html
import re
import sys
import unicodedata

CW, CH = 9, 19  # cell size in px
PALETTE = ["#1d1f21", "#cc6666", "#b5bd68", "#f0c674", "#81a2be", "#b294bb", "#8abeb7", "#c5c8c6",
           "#666666", "#d54e53", "#b9ca4a", "#e7c547", "#7aa6da", "#c397d8", "#70c0b1", "#eaeaea"]
FG, BG = "#c5c8c6", "#1d1f21"


def width(ch):
    if unicodedata.combining(ch):
        return 0
    return 2 if unicodedata.east_asian_width(ch) in ("W", "F") else 1


def color(params, i):
    """Parse a 38/48 extended colour at params[i]; return (colour, params consumed)."""
    if i + 1 < len(params) and params[i + 1] == 5 and i + 2 < len(params):
        n = params[i + 2]
        if n < 16:
            return PALETTE[n], 3
        if n >= 232:
            v = 8 + (n - 232) * 10
            return f"#{v:02x}{v:02x}{v:02x}", 3
        n -= 16
        steps = [0, 95, 135, 175, 215, 255]
        return f"#{steps[n // 36]:02x}{steps[n // 6 % 6]:02x}{steps[n % 6]:02x}", 3
    if i + 1 < len(params) and params[i + 1] == 2 and i + 4 < len(params):
        r, g, b = params[i + 2:i + 5]
        return f"#{r:02x}{g:02x}{b:02x}", 5
    return None, 1


def main(src, out, cols, rows):
    cols, rows = int(cols), int(rows)
    cells = []  # (x, y, ch, fg, bg, bold, dim)
    sgr = re.compile(r"\x1b\[([0-9;]*)m")
    for y, line in enumerate(open(src, encoding="utf-8").read().split("\n")[:rows]):
        fg, bg, bold, dim, rev = FG, BG, False, False, False
        x, pos = 0, 0
        while pos < len(line):
            m = sgr.match(line, pos)
            if m:
                params = [int(p) if p else 0 for p in m.group(1).split(";")]
                i = 0
                while i < len(params):
                    p = params[i]
                    step = 1
                    if p == 0:
                        fg, bg, bold, dim, rev = FG, BG, False, False, False
                    elif p == 1:
                        bold = True
                    elif p == 2:
                        dim = True
                    elif p == 7:
                        rev = True
                    elif p in (22,):
                        bold = dim = False
                    elif p == 27:
                        rev = False
                    elif 30 <= p <= 37:
                        fg = PALETTE[p - 30]
                    elif 90 <= p <= 97:
                        fg = PALETTE[p - 90 + 8]
                    elif 40 <= p <= 47:
                        bg = PALETTE[p - 40]
                    elif 100 <= p <= 107:
                        bg = PALETTE[p - 100 + 8]
                    elif p == 39:
                        fg = FG
                    elif p == 49:
                        bg = BG
                    elif p in (38, 48):
                        c, step = color(params, i)
                        if c and p == 38:
                            fg = c
                        elif c:
                            bg = c
                    i += step
                pos = m.end()
                continue
            ch = line[pos]
            pos += 1
            w = width(ch)
            if w == 0:
                continue
            f, b = (bg, fg) if rev else (fg, bg)
            cells.append((x, y, ch, f, b, bold, dim, w))
            x += w
    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{cols * CW}" height="{rows * CH}" '
             f'font-family="D2Coding, \'Noto Sans Mono CJK KR\', \'NanumGothicCoding\', monospace" font-size="15">',
             f'<rect width="100%" height="100%" fill="{BG}"/>']
    for x, y, ch, f, b, bold, dim, w in cells:
        if b != BG:
            parts.append(f'<rect x="{x * CW}" y="{y * CH}" width="{w * CW}" height="{CH}" fill="{b}"/>')
    for x, y, ch, f, b, bold, dim, w in cells:
        if ch == " ":
            continue
        attrs = f'x="{x * CW}" y="{y * CH + 14}" fill="{f}"'
        if w == 2:
            attrs += f' textLength="{2 * CW}" lengthAdjust="spacingAndGlyphs"'
        if bold:
            attrs += ' font-weight="bold"'
        if dim:
            attrs += ' opacity="0.6"'
        parts.append(f"<text {attrs}>{html.escape(ch)}</text>")
    parts.append("</svg>")
    open(out, "w", encoding="utf-8").write("\n".join(parts))


if __name__ == "__main__":
    main(*sys.argv[1:5])
