import GRDB
import ShejireCore
