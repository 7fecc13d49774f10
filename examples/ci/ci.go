// Package ci holds hookcert's CI templates, GitHub Actions and GitLab CI,
// which run the suite as sharded jobs with merged JUnit reports and fuzz
// with one seed per job; `hookcert init` copies them into a new project.
package ci

import "embed"

// Templates holds github-actions.yml and gitlab-ci.yml.
//
//go:embed github-actions.yml gitlab-ci.yml
var Templates embed.FS
