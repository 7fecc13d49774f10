// Package atomicfile writes a file that is complete or absent: the bytes go
// through a buffer to a temporary file beside the target (same folder, so
// the rename never crosses a file system), which Commit flushes, syncs,
// closes and renames into place. Any error on the way removes the temporary
// file and names the path and the cause; a reader never sees half a file.
//
// A target that is not a regular file (/dev/stdout, a pipe, a character
// device, or a symbolic link into /dev or /proc) is written directly and
// never replaced: there is nothing to rename onto.
//
//	f, err := atomicfile.Create("out/junit.xml")
//	if err != nil { ... }
//	defer f.Abort() // a no-op after Commit
//	io.WriteString(f, report)
//	if err := f.Commit(); err != nil { ... } // the write, sync, close or rename error
package atomicfile
