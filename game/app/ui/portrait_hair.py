"""Hair and what sits on a head (caps, helmets, glasses, headsets), for the portraits.

The largest part of a portrait's drawing, and the one a new character most
often needs a new style of, so it has a module of its own.
"""

from __future__ import annotations

import math

import pygame

from game.app.ui.cast import Look, shade


def draw_hair(s: pygame.Surface, look: Look, head: pygame.Rect) -> None:
    n = s.get_width()
    c = look.hair
    hi = shade(c, 1.35)
    top = pygame.Rect(head.left - n * 0.01, head.top - n * 0.03, head.width + n * 0.02, head.height * 0.5)
    style = look.hair_style
    if style in ("long", "ponytail", "bob", "short", "parted", "cap-hair", "curly"):
        pygame.draw.ellipse(s, c, top)
    if style == "long":
        pygame.draw.rect(
            s,
            c,
            (head.left - n * 0.03, head.top + head.height * 0.15, n * 0.07, head.height * 0.9),
            border_radius=n // 30,
        )
        pygame.draw.rect(
            s,
            c,
            (head.right - n * 0.04, head.top + head.height * 0.15, n * 0.07, head.height * 0.9),
            border_radius=n // 30,
        )
        pygame.draw.polygon(
            s,
            c,
            [
                (head.left, head.top + head.height * 0.3),
                (head.centerx + n * 0.06, head.top + n * 0.02),
                (head.left + head.width * 0.2, head.top + head.height * 0.4),
            ],
        )
    elif style == "ponytail":
        pygame.draw.polygon(
            s,
            c,
            [
                (head.left, head.top + head.height * 0.35),
                (head.centerx, head.top),
                (head.right, head.top + head.height * 0.3),
                (head.right, head.top + head.height * 0.2),
            ],
        )
    elif style == "bob":
        for x in (head.left - n * 0.035, head.right - n * 0.045):
            pygame.draw.rect(
                s, c, (x, head.top + head.height * 0.1, n * 0.08, head.height * 0.62), border_radius=n // 30
            )
        pygame.draw.rect(s, c, (head.left, head.top + head.height * 0.1, head.width, head.height * 0.2))
    elif style == "slick":
        pygame.draw.ellipse(
            s, c, (head.left - n * 0.01, head.top - n * 0.05, head.width + n * 0.02, head.height * 0.45)
        )
        for k in range(4):
            y = head.top + k * n * 0.018
            pygame.draw.arc(
                s,
                hi,
                (head.left + n * 0.03, y - n * 0.02, head.width - n * 0.06, head.height * 0.4),
                0.3,
                2.8,
                max(1, n // 120),
            )
    elif style == "buzz":
        layer = pygame.Surface(s.get_size(), pygame.SRCALPHA)
        pygame.draw.ellipse(
            layer, (*c, 200), (head.left, head.top - n * 0.01, head.width, head.height * 0.38)
        )
        s.blit(layer, (0, 0))
    elif style == "spiky":
        base = head.top + head.height * 0.22
        pts = [(head.left - n * 0.01, base + n * 0.03)]
        for k in range(7):
            x = head.left + head.width * k / 6
            pts.append((x, base - (n * 0.12 if k % 2 else n * 0.04)))
        pts.append((head.right + n * 0.01, base + n * 0.03))
        pygame.draw.polygon(s, c, pts)
    elif style == "curly":
        for k in range(9):
            a = math.pi * (0.05 + 0.9 * k / 8)
            x = head.centerx - math.cos(a) * head.width * 0.52
            y = head.top + head.height * 0.25 - math.sin(a) * head.height * 0.3
            pygame.draw.circle(s, c, (x, y), n * 0.055)
            pygame.draw.circle(s, hi, (x - n * 0.01, y - n * 0.01), n * 0.02)
    elif style == "parted":
        pygame.draw.polygon(
            s,
            c,
            [
                (head.left, head.top + head.height * 0.3),
                (head.left + head.width * 0.35, head.top + head.height * 0.04),
                (head.right, head.top + head.height * 0.28),
                (head.right, head.top + head.height * 0.18),
            ],
        )
        pygame.draw.line(
            s,
            hi,
            (head.left + head.width * 0.33, head.top + n * 0.0),
            (head.left + head.width * 0.36, head.top + head.height * 0.1),
            max(2, n // 100),
        )
    elif style == "receding":
        for side in (-1, 1):
            pygame.draw.ellipse(
                s,
                c,
                (
                    head.centerx + side * head.width * 0.32 - n * 0.06,
                    head.top + head.height * 0.12,
                    n * 0.12,
                    head.height * 0.36,
                ),
            )
        pygame.draw.arc(
            s,
            c,
            (head.left - n * 0.005, head.top - n * 0.01, head.width + n * 0.01, head.height * 0.7),
            0.2,
            0.9,
            max(2, n // 50),
        )
    elif style == "bald":
        pygame.draw.ellipse(
            s,
            (255, 255, 255),
            (head.left + head.width * 0.25, head.top + n * 0.02, head.width * 0.25, head.height * 0.08),
        )
    if style in ("short", "cap-hair"):
        pygame.draw.polygon(
            s,
            c,
            [
                (head.left, head.top + head.height * 0.32),
                (head.left + head.width * 0.2, head.top + head.height * 0.12),
                (head.right - head.width * 0.1, head.top + head.height * 0.2),
                (head.right, head.top + head.height * 0.32),
                (head.right, head.top + head.height * 0.15),
                (head.left, head.top + head.height * 0.15),
            ],
        )
        pygame.draw.arc(s, hi, top, 0.6, 2.0, max(2, n // 80))


def draw_head_props(s: pygame.Surface, look: Look, head: pygame.Rect) -> None:
    n = s.get_width()
    props = look.props
    eye_y = head.top + head.height * 0.5
    lw = max(2, n // 70)
    if "cap" in props:
        cap = pygame.Rect(head.left - n * 0.02, head.top - n * 0.06, head.width + n * 0.04, head.height * 0.5)
        pygame.draw.ellipse(s, (210, 40, 40), cap)
        pygame.draw.rect(s, (210, 40, 40), (cap.left, cap.centery, cap.width, cap.height * 0.25))
        pygame.draw.ellipse(
            s,
            (160, 24, 24),
            (head.left - n * 0.1, head.top + head.height * 0.2, head.width * 0.7, head.height * 0.12),
        )
        # a slice of pizza on the cap
        pz = [
            (head.centerx, head.top + head.height * 0.18),
            (head.centerx - n * 0.045, head.top - n * 0.02),
            (head.centerx + n * 0.045, head.top - n * 0.02),
        ]
        pygame.draw.polygon(s, (255, 206, 90), pz)
        pygame.draw.circle(s, (200, 60, 40), (head.centerx, head.top + head.height * 0.04), n * 0.012)
    if "police-cap" in props:
        cap = pygame.Rect(
            head.left - n * 0.03, head.top - n * 0.07, head.width + n * 0.06, head.height * 0.38
        )
        pygame.draw.rect(s, (30, 40, 80), cap, border_radius=n // 40)
        pygame.draw.rect(s, (20, 20, 30), (cap.left, cap.bottom - n * 0.03, cap.width, n * 0.04))
        pygame.draw.circle(s, (240, 200, 80), (head.centerx, cap.centery), n * 0.025)
    if "bandana" in props:
        pygame.draw.rect(
            s,
            (40, 120, 200),
            (head.left, head.top + head.height * 0.14, head.width, head.height * 0.1),
            border_radius=n // 60,
        )
        for k in range(4):
            pygame.draw.circle(
                s,
                (240, 240, 250),
                (head.left + head.width * (0.15 + 0.23 * k), head.top + head.height * 0.19),
                n * 0.008,
            )
    if "helmet" in props:
        shell = pygame.Rect(
            head.left - n * 0.05, head.top - n * 0.07, head.width + n * 0.1, head.height * 1.12
        )
        pygame.draw.ellipse(s, (24, 26, 34), shell)
        pygame.draw.rect(
            s,
            (24, 26, 34),
            (shell.left + n * 0.02, shell.centery, shell.width - n * 0.04, shell.height * 0.5),
            border_radius=n // 20,
        )
        visor = pygame.Rect(
            head.left - n * 0.01, head.top + head.height * 0.3, head.width + n * 0.02, head.height * 0.34
        )
        pygame.draw.rect(s, (60, 110, 220), visor, border_radius=n // 24)
        pygame.draw.line(
            s,
            (200, 230, 255),
            (visor.left + n * 0.03, visor.top + n * 0.03),
            (visor.left + n * 0.12, visor.top + n * 0.02),
            max(2, n // 80),
        )
        pygame.draw.line(
            s,
            (255, 120, 40),
            (shell.left + n * 0.04, shell.top + shell.height * 0.2),
            (shell.right - n * 0.04, shell.top + shell.height * 0.2),
            max(3, n // 40),
        )
    if "glasses" in props:
        for side in (-1, 1):
            r = pygame.Rect(0, 0, n * 0.09, n * 0.065)
            r.center = (round(head.centerx + side * head.width * 0.2), round(eye_y))
            pygame.draw.rect(s, (30, 30, 34), r, lw, border_radius=n // 50)
        pygame.draw.line(
            s, (30, 30, 34), (head.centerx - n * 0.02, eye_y), (head.centerx + n * 0.02, eye_y), lw
        )
    if "shades" in props:
        pts = [
            (head.left + n * 0.01, eye_y - n * 0.035),
            (head.right - n * 0.01, eye_y - n * 0.035),
            (head.right - n * 0.03, eye_y + n * 0.035),
            (head.centerx + n * 0.02, eye_y + n * 0.04),
            (head.centerx, eye_y + n * 0.01),
            (head.centerx - n * 0.02, eye_y + n * 0.04),
            (head.left + n * 0.03, eye_y + n * 0.035),
        ]
        pygame.draw.polygon(s, (16, 16, 22), pts)
        pygame.draw.line(
            s,
            (120, 200, 255),
            (head.left + n * 0.05, eye_y - n * 0.015),
            (head.left + n * 0.09, eye_y - n * 0.025),
            max(2, n // 90),
        )
    if "earrings" in props:
        for side in (-1, 1):
            pygame.draw.circle(
                s,
                (255, 220, 120),
                (head.centerx + side * head.width * 0.5, head.centery + n * 0.07),
                n * 0.014,
            )
    if "headset" in props:
        pygame.draw.arc(
            s,
            (20, 20, 24),
            (head.left - n * 0.03, head.top + n * 0.02, head.width + n * 0.06, head.height * 0.8),
            0.0,
            math.pi,
            max(2, n // 60),
        )
        pygame.draw.line(
            s,
            (20, 20, 24),
            (head.right, head.centery + n * 0.02),
            (head.centerx + n * 0.06, head.bottom - n * 0.04),
            max(2, n // 80),
        )
    if "cigar" in props:
        y = head.top + head.height * 0.8
        pygame.draw.line(
            s,
            (110, 70, 40),
            (head.centerx + n * 0.03, y),
            (head.centerx + n * 0.14, y + n * 0.02),
            max(3, n // 40),
        )
        pygame.draw.circle(s, (255, 120, 40), (head.centerx + n * 0.145, y + n * 0.02), n * 0.01)
