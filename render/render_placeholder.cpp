// Keeps the library non-empty until its first document type lands.
