"""Tiny SVG writer tuned for nanosvg (pygame-ce / SDL_image).

Rules kept here (see /work/shared/ART.md): hex colours only, gradients in %
(objectBoundingBox) or userSpaceOnUse, no <use>/<text>/clip/mask/filter.
"""
import math

INK = "#1a1218"  # the one outline colour of the game


def f(v):
    """Compact number formatting."""
    if isinstance(v, float):
        s = "%.1f" % v
        if s.endswith(".0"):
            s = s[:-2]
        return s
    return str(v)


def pt(p):
    return "%s %s" % (f(float(p[0])), f(float(p[1])))


def smooth(pts, closed=True, t=1 / 6.0):
    """Catmull-Rom spline through pts as a cubic Bezier path.
    A point given as (x, y, 0) is a sharp corner."""
    n = len(pts)
    P = [(float(p[0]), float(p[1])) for p in pts]
    sharp = [len(p) > 2 and p[2] == 0 for p in pts]
    d = ["M" + pt(P[0])]
    segs = n if closed else n - 1
    for i in range(segs):
        p1 = P[i]
        p2 = P[(i + 1) % n]
        p0 = P[i - 1] if (closed or i > 0) else p1
        p3 = P[(i + 2) % n] if (closed or i + 2 < n) else p2
        if sharp[i]:
            c1 = p1
        else:
            c1 = (p1[0] + (p2[0] - p0[0]) * t, p1[1] + (p2[1] - p0[1]) * t)
        if sharp[(i + 1) % n]:
            c2 = p2
        else:
            c2 = (p2[0] - (p3[0] - p1[0]) * t, p2[1] - (p3[1] - p1[1]) * t)
        d.append("C" + pt(c1) + " " + pt(c2) + " " + pt(p2))
    if closed:
        d.append("Z")
    return "".join(d)


def poly(pts, closed=True):
    d = "M" + " L".join(pt(p) for p in pts)
    return d + ("Z" if closed else "")


def mirror_pts(pts, cx):
    return [(2 * cx - p[0], p[1]) + tuple(p[2:]) for p in pts]


def sym(half, cx):
    """half: points on the RIGHT side from top-centre round to bottom-centre.
    Returns the closed symmetric outline."""
    left = mirror_pts(list(reversed(half[1:-1])), cx)
    return list(half) + left


def ellipse_pts(cx, cy, rx, ry, n=12, rot=0.0):
    out = []
    for i in range(n):
        a = 2 * math.pi * i / n
        x, y = rx * math.cos(a), ry * math.sin(a)
        c, s = math.cos(rot), math.sin(rot)
        out.append((cx + x * c - y * s, cy + x * s + y * c))
    return out


def attrs(a):
    out = []
    for k, v in a.items():
        if v is None:
            continue
        k = k.rstrip("_").replace("_", "-")
        out.append('%s="%s"' % (k, f(v)))
    return " ".join(out)


class Doc:
    def __init__(self, w, h):
        self.w, self.h = w, h
        self.defs = []
        self.body = []
        self._grads = {}
        self.npaths = 0

    # ---- gradients -------------------------------------------------
    def lin(self, stops, x1=0, y1=0, x2=0, y2=100, user=False):
        """stops: list of (offset%, colour[, opacity]). Coords are % unless user."""
        key = ("l", tuple(tuple(s) for s in stops), x1, y1, x2, y2, user)
        if key in self._grads:
            return "url(#%s)" % self._grads[key]
        gid = "g%d" % len(self._grads)
        self._grads[key] = gid
        if user:
            co = 'gradientUnits="userSpaceOnUse" x1="%s" y1="%s" x2="%s" y2="%s"' % tuple(map(f, (x1, y1, x2, y2)))
        else:
            co = 'x1="%s%%" y1="%s%%" x2="%s%%" y2="%s%%"' % tuple(map(f, (x1, y1, x2, y2)))
        self.defs.append('<linearGradient id="%s" %s>%s</linearGradient>' % (gid, co, self._stops(stops)))
        return "url(#%s)" % gid

    def rad(self, stops, cx=50, cy=50, r=50, user=False, transform=None):
        key = ("r", tuple(tuple(s) for s in stops), cx, cy, r, user, transform)
        if key in self._grads:
            return "url(#%s)" % self._grads[key]
        gid = "g%d" % len(self._grads)
        self._grads[key] = gid
        if user:
            co = 'gradientUnits="userSpaceOnUse" cx="%s" cy="%s" r="%s"' % tuple(map(f, (cx, cy, r)))
        else:
            co = 'cx="%s%%" cy="%s%%" r="%s%%"' % tuple(map(f, (cx, cy, r)))
        if transform:
            co += ' gradientTransform="%s"' % transform
        self.defs.append('<radialGradient id="%s" %s>%s</radialGradient>' % (gid, co, self._stops(stops)))
        return "url(#%s)" % gid

    @staticmethod
    def _stops(stops):
        out = []
        for s in stops:
            op = ' stop-opacity="%s"' % f(s[2]) if len(s) > 2 else ""
            out.append('<stop offset="%s%%" stop-color="%s"%s/>' % (f(s[0]), s[1], op))
        return "".join(out)

    # ---- elements ----------------------------------------------------
    def path(self, d, fill="none", **a):
        self.npaths += 1
        self.body.append('<path d="%s" fill="%s" %s/>' % (d, fill, attrs(a)))

    def shape(self, pts, fill, stroke=None, sw=None, closed=True, sm=True, **a):
        d = smooth(pts, closed) if sm else poly(pts, closed)
        if stroke:
            a.setdefault("stroke_linejoin", "round")
            a.setdefault("stroke_linecap", "round")
        self.path(d, fill, stroke=stroke, stroke_width=sw, **a)

    def line(self, pts, stroke=INK, sw=3, sm=True, **a):
        d = smooth(pts, False) if sm else poly(pts, False)
        self.path(d, "none", stroke=stroke, stroke_width=sw, stroke_linecap="round", stroke_linejoin="round", **a)

    def ellipse(self, cx, cy, rx, ry, fill, **a):
        self.npaths += 1
        self.body.append('<ellipse cx="%s" cy="%s" rx="%s" ry="%s" fill="%s" %s/>' % (f(cx), f(cy), f(rx), f(ry), fill, attrs(a)))

    def circle(self, cx, cy, r, fill, **a):
        self.ellipse(cx, cy, r, r, fill, **a)

    def rect(self, x, y, w, h, fill, **a):
        self.npaths += 1
        self.body.append('<rect x="%s" y="%s" width="%s" height="%s" fill="%s" %s/>' % (f(x), f(y), f(w), f(h), fill, attrs(a)))

    def open_g(self, transform=None, **a):
        t = ' transform="%s"' % transform if transform else ""
        self.body.append("<g%s %s>" % (t, attrs(a)))

    def close_g(self):
        self.body.append("</g>")

    def raw(self, s):
        self.body.append(s)

    def svg(self):
        return ('<svg xmlns="http://www.w3.org/2000/svg" width="%d" height="%d" viewBox="0 0 %d %d">\n'
                "<defs>%s</defs>\n%s\n</svg>\n" % (self.w, self.h, self.w, self.h, "\n".join(self.defs), "\n".join(self.body)))

    def save(self, path):
        with open(path, "w") as fh:
            fh.write(self.svg())
