package handler

import "net/http"

// Index answers every request with a short status line.
func Index(w http.ResponseWriter, _ *http.Request) {
	_, _ = w.Write([]byte("ok\n"))
}
