package nl.triade.plugins.misbehaving;

import java.util.AbstractList;

/**
 * A list that claims one element and breaks when it is read, as a plugin's lazy or broken
 * collection would: the break happens in the host's thread that reads the answer, after the call
 * itself has returned.
 */
final class BrittleList<T> extends AbstractList<T> {

    @Override
    public T get(int index) {
        throw new IllegalStateException("a list that breaks when read");
    }

    @Override
    public int size() {
        return 1;
    }
}
