package store

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"syscall"
)

// ErrFileChanged is matched (errors.Is) by the *FileChangedError of
// CheckFile and of every write once the file at the store's path is no
// longer the database Open opened.
var ErrFileChanged = errors.New("the database file is no longer the one opened")

// FileChangedError says that the database file was deleted, moved or
// replaced under an open Store. SQLite keeps writing into the file it
// opened, which after a delete or a move no one can read (and after a
// replacement is not the file at the path), so the Store writes nothing
// more.
type FileChangedError struct {
	// Path is the database's absolute path.
	Path string
	// Opened is the device and inode opened; Now the file's at Path,
	// zero when there is none.
	Opened, Now FileID
	// Err is why the file at Path could not be examined (nil when it could).
	Err error
}

func (e *FileChangedError) Error() string {
	switch {
	case errors.Is(e.Err, fs.ErrNotExist):
		return fmt.Sprintf("database %s was deleted or moved away while open (the open file is %s): "+
			"refusing to write into a file no one can read", e.Path, e.Opened)
	case e.Err != nil:
		return fmt.Sprintf("database %s cannot be checked against the open file (%s): %v", e.Path, e.Opened, e.Err)
	}
	return fmt.Sprintf("database %s was replaced while open (the path now names %s, the open file is %s): "+
		"refusing to write into a file that is no longer the database", e.Path, e.Now, e.Opened)
}

func (e *FileChangedError) Unwrap() []error {
	if e.Err != nil {
		return []error{ErrFileChanged, e.Err}
	}
	return []error{ErrFileChanged}
}

// FileID identifies a file: its device and inode.
type FileID struct {
	Dev, Ino uint64
}

func (id FileID) String() string { return fmt.Sprintf("device %d inode %d", id.Dev, id.Ino) }

// fileID returns the device and inode of the file at path (following
// symbolic links, as SQLite opens it).
func fileID(path string) (FileID, error) {
	fi, err := os.Stat(path)
	if err != nil {
		return FileID{}, err
	}
	st, ok := fi.Sys().(*syscall.Stat_t)
	if !ok {
		return FileID{}, fmt.Errorf("%s: the system gives no device and inode", path)
	}
	return FileID{Dev: uint64(st.Dev), Ino: st.Ino}, nil
}

// CheckFile reports, with a *FileChangedError matching ErrFileChanged,
// when the file at the store's path is no longer the one Open opened
// (deleted, moved away or replaced); it costs one stat. Every write checks
// it first, so a changed file is never written to; the keeper also checks
// it at each tick.
func (s *Store) CheckFile() error {
	if s.opened == (FileID{}) {
		return nil // still opening
	}
	now, err := fileID(s.path)
	if err != nil || now != s.opened {
		return &FileChangedError{Path: s.path, Opened: s.opened, Now: now, Err: err}
	}
	return nil
}
