"""The pages of a PDF one under the other, scrollable and zoomable, drawn only where they are seen.

Rules:
1. A page is rendered when it comes into sight, at the zoom and the screen's pixel ratio, by QtPdf's
   own renderer threads (``QPdfPageRenderer``, multi-threaded): the GUI thread never waits for a
   render; a page not rendered yet shows as blank paper until its image arrives. Images are kept in
   a small cache (:data:`CACHE_PAGES`): a logbook of 1,200 pages costs what the pages on screen cost.
2. The page sizes can be measured off the GUI thread beforehand (:func:`page_sizes`), so that opening
   a long document does not read every page's size on the GUI thread.
3. Zoom 1.0 shows a page at its true size on a 96 dpi screen; "fit width" fits the widest page in the
   view. The zoom stays between :data:`MIN_ZOOM` and :data:`MAX_ZOOM`.
4. The current page is the one under the middle of the view; it is announced as it changes.
"""

from __future__ import annotations

import bisect
from collections import OrderedDict
from pathlib import Path

from PySide6.QtCore import QRect, QSize, QSizeF, Qt, Signal
from PySide6.QtGui import QColor, QImage, QPainter, QPaintEvent, QResizeEvent
from PySide6.QtPdf import QPdfDocument, QPdfDocumentRenderOptions, QPdfPageRenderer
from PySide6.QtWidgets import QFrame, QScrollArea, QWidget

GAP = 16  # pixels around and between pages
CACHE_PAGES = 24
MIN_ZOOM, MAX_ZOOM = 0.25, 4.0
ZOOM_STEP = 1.25
POINT = 96 / 72  # screen pixels per PDF point at zoom 1.0
BACKDROP = QColor("#3a4654")
SHADOW = QColor(0, 0, 0, 90)
PAPER = QColor("#ffffff")

Key = tuple[int, int, int]  # page index, width and height in device pixels


def render_page(document: QPdfDocument, index: int, size: QSize) -> QImage:
    """Page ``index`` at ``size`` pixels on white paper (QtPdf leaves the paper transparent)."""
    page = document.render(index, size)
    paper = QImage(size, QImage.Format.Format_RGB32)
    paper.fill(PAPER)
    painter = QPainter(paper)
    painter.drawImage(0, 0, page)
    painter.end()
    return paper


def page_sizes(pdf: Path) -> list[QSizeF]:
    """Every page's size in points (any thread: the document is opened here for this alone)."""
    document = QPdfDocument()
    try:
        if document.load(str(pdf)) != QPdfDocument.Error.None_:
            return []
        return [document.pagePointSize(i) for i in range(document.pageCount())]
    finally:
        document.close()


class _Canvas(QWidget):
    """The tall widget inside the scroll area: every page's place, the visible ones painted."""

    def __init__(self, view: PagesView) -> None:
        super().__init__(view)
        self._view = view
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        area = event.rect()
        painter.fillRect(area, BACKDROP)
        for index in self._view.pages_in(area.top(), area.bottom()):
            rect = self._view.page_rect(index)
            painter.fillRect(rect.translated(3, 3), SHADOW)
            painter.fillRect(rect, PAPER)
            image = self._view.page_image(index)
            if image is not None:
                painter.drawImage(rect, image)
        painter.end()


class PagesView(QScrollArea):
    """A PDF's pages for reading before printing.

    Signals:
        current_page_changed(int, int): the page under the middle of the view (1-based) and the count.
        zoom_changed(float): the zoom after it changed.
        pages_ready: every page in sight has its image (after a render arrived).
    """

    current_page_changed = Signal(int, int)
    zoom_changed = Signal(float)
    pages_ready = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("printPages")
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self._canvas = _Canvas(self)
        self.setWidget(self._canvas)
        self._renderer = QPdfPageRenderer(self)
        self._renderer.setRenderMode(QPdfPageRenderer.RenderMode.MultiThreaded)
        self._renderer.pageRendered.connect(self._rendered)
        self._requests: dict[int, Key] = {}  # request id → what was asked
        self._document: QPdfDocument | None = None
        self._sizes: list[QSizeF] = []  # points
        self._tops: list[int] = []
        self._zoom = 1.0
        self._fit = True
        self._current = 0
        self._cache: OrderedDict[Key, QImage] = OrderedDict()
        self.verticalScrollBar().valueChanged.connect(self._scrolled)

    # --- the document -------------------------------------------------------------------------

    def set_document(self, document: QPdfDocument | None, sizes: list[QSizeF] | None = None) -> None:
        """Show ``document`` (already loaded) from its first page, fitted to the width.

        Args:
            sizes: every page's size in points, when measured beforehand (rule 2).
        """
        self._document = document
        self._renderer.setDocument(document)  # type: ignore[arg-type]  # None lets the document go
        count = document.pageCount() if document is not None else 0
        if sizes is None or len(sizes) != count:
            sizes = [document.pagePointSize(i) for i in range(count)] if document is not None else []
        self._sizes = sizes
        self._cache.clear()
        self._requests.clear()
        self._current = 0
        self._fit = True
        self._zoom = self._fitting_zoom()
        self._layout()
        self.verticalScrollBar().setValue(0)
        self._scrolled()
        self.zoom_changed.emit(self._zoom)

    @property
    def page_count(self) -> int:
        return len(self._sizes)

    @property
    def current_page(self) -> int:
        """The page under the middle of the view, 1-based (0: no document)."""
        return self._current

    @property
    def zoom(self) -> float:
        return self._zoom

    def ready(self) -> bool:
        """Whether every page in sight has its image at the zoom shown."""
        top = self.verticalScrollBar().value()
        visible = self.pages_in(top, top + self.viewport().height())
        return all(self._key(index) in self._cache for index in visible)

    # --- zoom and moves -----------------------------------------------------------------------

    def set_zoom(self, zoom: float) -> None:
        """Show the pages at ``zoom`` (rule 3), keeping the current page in view."""
        self._fit = False
        self._apply_zoom(zoom)

    def zoom_in(self) -> None:
        self.set_zoom(self._zoom * ZOOM_STEP)

    def zoom_out(self) -> None:
        self.set_zoom(self._zoom / ZOOM_STEP)

    def fit_width(self) -> None:
        """Fit the widest page to the view's width, and keep doing so when the view is resized."""
        self._fit = True
        self._apply_zoom(self._fitting_zoom())

    def go_to(self, page: int) -> None:
        """Scroll so that ``page`` (1-based) starts at the top of the view."""
        if self._sizes:
            index = min(max(page, 1), len(self._sizes)) - 1
            self.verticalScrollBar().setValue(self._tops[index] - GAP // 2)

    def next_page(self) -> None:
        self.go_to(self._current + 1)

    def previous_page(self) -> None:
        self.go_to(self._current - 1)

    # --- geometry and images, used by the canvas ----------------------------------------------

    def page_pixels(self, index: int) -> QSize:
        scale = POINT * self._zoom
        size = self._sizes[index]
        return QSize(max(1, round(size.width() * scale)), max(1, round(size.height() * scale)))

    def page_rect(self, index: int) -> QRect:
        size = self.page_pixels(index)
        return QRect((self._canvas.width() - size.width()) // 2, self._tops[index], size.width(), size.height())

    def pages_in(self, top: int, bottom: int) -> range:
        """The indexes of the pages that meet the band between ``top`` and ``bottom`` (canvas pixels)."""
        if not self._tops:
            return range(0)
        first = max(0, bisect.bisect_right(self._tops, top) - 1)
        last = bisect.bisect_right(self._tops, bottom)
        return range(first, min(last, len(self._tops)))

    def page_image(self, index: int) -> QImage | None:
        """The page's image at the zoom shown, or ``None`` while it is being rendered (rule 1)."""
        key = self._key(index)
        image = self._cache.get(key)
        if image is not None:
            self._cache.move_to_end(key)
        elif key not in self._requests.values() and self._document is not None:
            self._requests[self._renderer.requestPage(index, QSize(key[1], key[2]))] = key
        return image

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self._fit:
            self._apply_zoom(self._fitting_zoom())
        else:
            self._layout()

    # --- inside -------------------------------------------------------------------------------

    def _key(self, index: int) -> Key:
        size = self.page_pixels(index)
        ratio = self.devicePixelRatioF()
        return index, round(size.width() * ratio), round(size.height() * ratio)

    def _rendered(
        self, page: int, _size: QSize, image: QImage, _options: QPdfDocumentRenderOptions, request: int
    ) -> None:
        key = self._requests.pop(request, None)
        if key is None or key[0] != page:
            return  # asked for a document shown before
        image.setDevicePixelRatio(self.devicePixelRatioF())
        self._cache[key] = image
        while len(self._cache) > CACHE_PAGES:
            self._cache.popitem(last=False)
        if page < len(self._tops):
            self._canvas.update(self.page_rect(page))
        if self.ready():
            self.pages_ready.emit()

    def _fitting_zoom(self) -> float:
        if not self._sizes:
            return 1.0
        widest = max(size.width() for size in self._sizes) * POINT
        room = self.viewport().width() - 2 * GAP
        return max(MIN_ZOOM, min(MAX_ZOOM, room / widest))

    def _apply_zoom(self, zoom: float) -> None:
        zoom = max(MIN_ZOOM, min(MAX_ZOOM, zoom))
        page = self._current
        bar = self.verticalScrollBar()
        offset = 0.0
        if page and self._tops:  # where in its page the view's top was, as a fraction of the page
            offset = (bar.value() - self._tops[page - 1]) / max(1, self.page_pixels(page - 1).height())
        changed = abs(zoom - self._zoom) > 1e-9
        self._zoom = zoom
        self._layout()
        if page and self._tops:
            bar.setValue(self._tops[page - 1] + round(offset * self.page_pixels(page - 1).height()))
        if changed:
            self.zoom_changed.emit(zoom)

    def _layout(self) -> None:
        top = GAP
        self._tops = []
        width = 0
        for index in range(len(self._sizes)):
            self._tops.append(top)
            size = self.page_pixels(index)
            top += size.height() + GAP
            width = max(width, size.width())
        self._canvas.resize(max(width + 2 * GAP, self.viewport().width()), max(top, self.viewport().height()))
        self._canvas.update()

    def _scrolled(self, *_args: object) -> None:
        if not self._tops:
            current = 0
        else:
            middle = self.verticalScrollBar().value() + self.viewport().height() // 2
            current = max(1, bisect.bisect_right(self._tops, middle))
        if current != self._current:
            self._current = current
            self.current_page_changed.emit(current, len(self._sizes))
