"""Event CGs, 1920x1080 (the title key art is drawn in keyart.py).  Built from the same pieces as the
sprites and backgrounds (merged into one SVG) so the style stays identical."""
import random
from svg import Doc, INK, smooth
import backgrounds as B
import chars as C
import chars2 as C2


def merge(dst, src, transform, prefix, opacity=None):
    """Paste the drawing of Doc src into dst under a transform (gradient ids renamed)."""
    ren = lambda s: s.replace('id="g', 'id="%sg' % prefix).replace("url(#g", "url(#%sg" % prefix)
    dst.defs.extend(ren(x) for x in src.defs)
    op = ' opacity="%s"' % opacity if opacity is not None else ""
    dst.body.append('<g transform="%s"%s>' % (transform, op))
    dst.body.extend(ren(x) for x in src.body)
    dst.body.append("</g>")
    dst.npaths += src.npaths


OUT = 3.0


def rim_shape(d, pts, fill, rim, rim_w=4, closed=True):
    d.path(smooth(pts, closed), fill, stroke=INK, stroke_width=3, stroke_linejoin="round")


# ------------------------------------------------------------- KISS ----
def kiss():
    """Redrawn in cgs_grief.py (chapter 4: Lieutenant Izumo kisses his captain)."""
    import cgs_grief
    return cgs_grief.kiss()


# ------------------------------------------------------- LAST WORDS ----
def last_words():
    """Redrawn in cgs_grief.py (chapter 7: she fades in his arms)."""
    import cgs_grief
    return cgs_grief.last_words("")


IMAGES = [("cg", "cg kiss", kiss), ("cg", "cg last words", last_words)]
