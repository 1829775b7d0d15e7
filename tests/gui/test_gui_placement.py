"""gui/charts/placement.py: which candidate place a label gets, its cost worked out by hand. Plot 100 × 50 px, a
label 10 × 10 px, one obstacle (20, 0)–(30, 10); the label keeps a pixel from it (its box grown by 1 each way)."""

from __future__ import annotations

import numpy as np

from gui.charts.placement import BLOCK, NEAR_ABOVE, place

BOUNDS = (0.0, 0.0, 100.0, 50.0)
SIZE = (10.0, 10.0)
TAKEN = [(20.0, 0.0, 30.0, 10.0)]
# at (15, 0): grown (14, -1)–(26, 11) shares (20–26) × (0–10) with the obstacle: 6 × 10 = 60
SIXTY = (15.0, 0.0)
# at (-4, 0): 4 of its 10 px wide lie outside the plot: 4 × (10 × 10 − 6 × 10) = 160; clear of the obstacle
OUTSIDE = (-4.0, 0.0)
# at (25, 5) and at (15, 5): grown (24, 4)–(36, 16) and (14, 4)–(26, 16), each shares 6 × 6 = 36
RIGHT_36, LEFT_36 = (25.0, 5.0), (15.0, 5.0)
# at (31, 0): grown (30, -1)–(42, 11) only touches the obstacle's right edge (30): free
FREE = (31.0, 0.0)


def rect(at: tuple[float, float]) -> tuple[float, float, float, float]:
    return (at[0], at[1], at[0] + SIZE[0], at[1] + SIZE[1])


def test_the_first_free_place_wins() -> None:
    assert place(SIZE, [SIXTY, OUTSIDE, FREE, (60.0, 0.0)], BOUNDS, TAKEN) == rect(FREE)


def test_with_no_free_place_the_cheapest_and_the_first_of_equals() -> None:
    assert place(SIZE, [OUTSIDE, SIXTY, RIGHT_36, LEFT_36], BOUNDS, TAKEN) == rect(RIGHT_36)
    assert place(SIZE, [OUTSIDE, SIXTY, LEFT_36, RIGHT_36], BOUNDS, TAKEN) == rect(LEFT_36)
    assert place(SIZE, [OUTSIDE, SIXTY], BOUNDS, TAKEN) == rect(SIXTY)
    assert place(SIZE, [OUTSIDE, SIXTY, RIGHT_36], BOUNDS, TAKEN, free_only=True) is None


def test_places_beyond_the_first_block_are_tried_in_order() -> None:
    """Candidates are costed a block at a time: the scan's answer still holds across blocks, as a list, a
    generator or an array."""
    many = [SIXTY] * (BLOCK + 40) + [RIGHT_36] + [LEFT_36] * BLOCK + [FREE, (60.0, 0.0)]
    cheapest = many[: BLOCK + 41 + BLOCK]
    for form in (list, iter, np.array):
        assert place(SIZE, form(many), BOUNDS, TAKEN) == rect(FREE)
        assert place(SIZE, form(cheapest), BOUNDS, TAKEN) == rect(RIGHT_36)
        assert place(SIZE, form(cheapest), BOUNDS, TAKEN, free_only=True) is None
    assert place(SIZE, [], BOUNDS, TAKEN) is None


def test_far_obstacles_change_no_answer_however_many() -> None:
    """Obstacles clear of every candidate add nothing to any cost, whether the placement leaves them out first (many
    of them, or costs compared) or costs them as zeros (a few, only free places sought): the same answers as with
    the one obstacle alone, worked out above. Far: (90, 40)–(95, 45), beyond every candidate's grown box (the
    rightmost, at (60, 0), ends at (71, 11))."""
    far = [(90.0, 40.0, 95.0, 45.0)]
    for count in (1, 600):  # 16 candidates × 600 obstacles: above NEAR_ABOVE; 16 × 2: below
        taken = np.array(TAKEN + far * count)
        assert len(taken) * 16 > NEAR_ABOVE or count == 1
        assert place(SIZE, [SIXTY, OUTSIDE, FREE, (60.0, 0.0)], BOUNDS, taken, free_only=True) == rect(FREE)
        assert place(SIZE, [SIXTY, OUTSIDE, RIGHT_36], BOUNDS, taken, free_only=True) is None
        assert place(SIZE, [OUTSIDE, SIXTY, RIGHT_36, LEFT_36], BOUNDS, taken) == rect(RIGHT_36)


def test_a_label_cut_off_by_the_plot_costs_four_times_its_outside_area() -> None:
    """At (-4, 0) the label's 10 × 10 px lie 4 px outside the plot's left edge: 4 × (100 − 60) = 160; at (-4, -3)
    also 3 px above its top: inside 6 × 7 = 42, so 4 × (100 − 42) = 232. The cheaper one wins, free or not; a
    place sharing 60 px² with the obstacle (SIXTY) beats both."""
    assert place(SIZE, [(-4.0, -3.0), OUTSIDE], BOUNDS, TAKEN) == rect(OUTSIDE)
    assert place(SIZE, [(-4.0, -3.0), OUTSIDE, SIXTY], BOUNDS, TAKEN) == rect(SIXTY)
    assert place(SIZE, [(-4.0, -3.0), OUTSIDE], BOUNDS, TAKEN, free_only=True) is None


def test_a_line_becomes_boxes_16_px_wide_holding_its_path_and_3_px_either_side() -> None:
    """The context chart's curves as obstacles (gui/charts/context_chart._strip_boxes). By hand: the line y = x from
    0 to 32 px and the flat line y = 5 give two boxes each, columns 0–16 and 16–32 widened by 2 px: (-2, 18) and
    (14, 34); the rising line spans 0–16 and 16–32 px in them, 3 px more either way; the flat one 5 ± 3."""
    from gui.charts.context_chart import _strip_boxes

    boxes = _strip_boxes(np.array([0.0, 32.0]), [np.array([0.0, 32.0]), np.array([5.0, 5.0])])
    assert boxes.tolist() == [
        [-2.0, -3.0, 18.0, 19.0],
        [14.0, 13.0, 34.0, 35.0],
        [-2.0, 2.0, 18.0, 8.0],
        [14.0, 2.0, 34.0, 8.0],
    ]


def test_line_boxes_sample_each_column_as_numpy_s_linspace_does() -> None:
    """Each box holds its line's 9 samples across the column, taken where numpy's own linspace puts them (the
    oracle, with numpy's interp): the same floats, to the last bit, on random lines, and on columns of zero width
    (the last one where the line ends on a column's edge)."""
    from gui.charts.context_chart import _strip_boxes

    rng = np.random.default_rng(3)
    for trial in range(200):
        n = int(rng.integers(2, 300))
        px = np.arange(n) * 16.0 if trial % 4 == 0 else np.sort(rng.uniform(0, 1200, n))
        pys = [rng.uniform(0, 400, n) for _ in range(int(rng.integers(1, 7)))]
        starts = np.minimum(np.arange(px[0], px[-1] + 16, 16), px[-1])
        fine = np.linspace(starts[:-1], starts[1:], 9, axis=1)
        ys = np.stack([np.interp(fine, px, py) for py in pys])
        want = np.column_stack(
            (
                np.tile(starts[:-1] - 2, len(pys)),
                (ys.min(axis=2) - 3).ravel(),
                np.tile(starts[1:] + 2, len(pys)),
                (ys.max(axis=2) + 3).ravel(),
            )
        )
        assert _strip_boxes(px, pys).tobytes() == want.tobytes()
