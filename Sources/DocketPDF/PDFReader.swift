// The PDF wrapper: the only module that imports CPoppler.
internal import CPoppler
