#pragma once

#include <QString>

#include <functional>

class QPrinter;
class QWidget;

namespace rsk::ui {

// Where a document is printed and how its preview is found (tests).
struct PrintTarget
{
    // The printer of the company's settings (handbook 9: fakturaskrivare per
    // routine, a printer per document kind); "" = the workstation's default.
    QString printer;
    QString objectName = QStringLiteral("documentPrintPreview");
};

// Chooses the printer named `name` when this workstation has one by that
// name. Returns "" when it did or when no name is set; otherwise a note for
// the clerk that the default printer is used instead.
QString selectPrinter(QPrinter &printer, const QString &name);

// The print preview of a document drawn on a QPrinter (A4, high
// resolution): the clerk pages through it and prints from it (the printer
// dialog, or a PDF printer). True when it was printed; false when the
// preview was closed without printing. The window title names the printer
// of `target` or says that it is missing here.
bool previewAndPrint(QWidget *parent, const QString &title,
                     const std::function<void(QPrinter *)> &paint,
                     const PrintTarget &target = {});

// Where to write a PDF: a save dialog in the user's documents folder with
// `suggestedName` filled in (".pdf" added when left out), or, when
// `directory` is set (tests, scripts), `suggestedName` in it without asking.
// Empty when the clerk cancelled.
QString choosePdfPath(QWidget *parent, const QString &caption, const QString &suggestedName,
                      const QString &directory = QString());

} // namespace rsk::ui
