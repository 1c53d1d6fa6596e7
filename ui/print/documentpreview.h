#pragma once

#include <QString>

#include <functional>

class QPrinter;
class QWidget;

namespace rsk::ui {

// The print preview of a document drawn on a QPrinter (A4, high
// resolution): the clerk pages through it and prints from it (the printer
// dialog, or a PDF printer). True when it was printed; false when the
// preview was closed without printing.
bool previewAndPrint(QWidget *parent, const QString &title,
                     const std::function<void(QPrinter *)> &paint);

// Where to write a PDF: a save dialog in the user's documents folder with
// `suggestedName` filled in (".pdf" added when left out), or, when
// `directory` is set (tests, scripts), `suggestedName` in it without asking.
// Empty when the clerk cancelled.
QString choosePdfPath(QWidget *parent, const QString &caption, const QString &suggestedName,
                      const QString &directory = QString());

} // namespace rsk::ui
