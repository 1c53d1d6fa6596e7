#include "mainwindow.h"
namespace rsk::ui {
MainWindow::MainWindow(QWidget *parent) : QMainWindow(parent) {}
}
