package org.onenumber.web;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.domain.JavaParameterizedType;
import com.tngtech.archunit.core.domain.JavaType;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.util.Collection;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Sessions move between instances (README, "Several instances"): a session- or view-scoped backing bean is written to
 * the cluster's data grid after each request and read on another instance when its own died. So each is Serializable,
 * and so is every field it keeps and what its collections hold (their type arguments): injected beans travel as the
 * container's serializable proxies.
 */
class SessionStateTest {

    @Test
    void sessionAndViewScopedBeansKeepOnlySerializableState() {
        classes().that().areAnnotatedWith(SessionScoped.class).or().areAnnotatedWith(ViewScoped.class)
                .should().beAssignableTo(Serializable.class)
                .andShould(keepOnlySerializableFields())
                .check(new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                        .importPackages("org.onenumber"));
    }

    private static ArchCondition<JavaClass> keepOnlySerializableFields() {
        return new ArchCondition<>("keep only serializable fields") {
            @Override
            public void check(JavaClass bean, ConditionEvents events) {
                for (JavaField field : bean.getAllFields()) {
                    if (field.getModifiers().contains(JavaModifier.STATIC) || field.getModifiers().contains(JavaModifier.TRANSIENT)
                            || field.isAnnotatedWith(Inject.class)) {
                        continue;
                    }
                    JavaClass type = field.getRawType();
                    if (!(type.isPrimitive() || type.isAssignableTo(Serializable.class)
                            || type.isAssignableTo(Collection.class) || type.isAssignableTo(Map.class))) {
                        events.add(SimpleConditionEvent.violated(field, field.getFullName() + " is a " + type.getName()
                                + ", which is not Serializable"));
                    }
                    // what a collection, a page or a tree holds: its type arguments
                    if (field.getType() instanceof JavaParameterizedType parameterized) {
                        for (JavaType argument : parameterized.getActualTypeArguments()) {
                            JavaClass held = argument.toErasure();
                            if (!held.isAssignableTo(Serializable.class) && !held.isEquivalentTo(Object.class)) {
                                events.add(SimpleConditionEvent.violated(field, field.getFullName() + " holds "
                                        + held.getName() + ", which is not Serializable"));
                            }
                        }
                    }
                }
            }
        };
    }
}
