package io.kefu.nlu.internal.entities;

/**
 * One way of finding entities in a message. A rule claims the text it turns into an entity so that
 * the rules after it do not read it again; rules are stateless and shared between threads.
 */
interface EntityRule {

    void apply(MessageText text, FoundEntities found);
}
