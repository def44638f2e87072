package main

import (
	"log"
	"net/http"

	"example.com/service/internal/handler"
)

func main() {
	http.HandleFunc("/", handler.Index)
	log.Fatal(http.ListenAndServe(":8080", nil))
}
