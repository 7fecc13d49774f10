module github.com/cucumber/gherkin/go/v42

require github.com/cucumber/messages/go/v34 v34.2.0

require github.com/google/uuid v1.6.0 // indirect

go 1.19
