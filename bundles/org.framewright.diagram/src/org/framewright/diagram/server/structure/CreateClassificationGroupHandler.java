package org.framewright.diagram.server.structure;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.glsp.server.operations.CreateNodeOperation;
import org.eclipse.glsp.server.operations.CreateOperationHandler;
import org.framewright.diagram.server.filter.DiagramFilter;
import org.framewright.diagram.server.filter.SetFiltersCommand;
import org.framewright.diagram.server.operations.CreateNodeCommands;
import org.framewright.diagram.server.operations.FramewrightOperationHandler;
import org.framewright.model.Classification;
import org.framewright.model.ClassificationGroup;
import org.framewright.model.Framework;
import org.framewright.model.FrameworkFactory;
import org.framewright.model.FrameworkPackage;

/**
 * Creates a group of the framework's first classification (a new classification "Classification" when it has none),
 * placed where it was dropped, and shows the classification layer so that the new group is seen. One command.
 */
public class CreateClassificationGroupHandler extends FramewrightOperationHandler<CreateNodeOperation>
        implements CreateOperationHandler<CreateNodeOperation> {

    @Override
    public List<String> getHandledElementTypeIds() {
        return List.of(StructureTypes.CLASSIFICATION_GROUP);
    }

    @Override
    public Optional<Command> createCommand(CreateNodeOperation operation) {
        Framework framework = state().framework();
        CompoundCommand command = new CompoundCommand("Create Classification Group");
        Classification classification;
        if (framework.getClassifications().isEmpty()) {
            classification = FrameworkFactory.eINSTANCE.createClassification();
            classification.setId(CreateNodeCommands.freshId(framework.eResource(), "classification-"));
            classification.setName("Classification");
            command.append(AddCommand.create(domain(), framework, FrameworkPackage.Literals.FRAMEWORK__CLASSIFICATIONS,
                    classification));
        } else {
            classification = framework.getClassifications().get(0);
        }
        ClassificationGroup group = FrameworkFactory.eINSTANCE.createClassificationGroup();
        group.setId(CreateNodeCommands.freshId(framework.eResource(), classification.getId() + "-group-"));
        group.setName("New group");
        command.append(CreateNodeCommands.addAndPlace("Create Classification Group", AddCommand.create(domain(),
                classification, FrameworkPackage.Literals.CLASSIFICATION__GROUPS, group), state(), group.getId(),
                operation.getLocation().orElse(null)));
        Set<String> filters = state().layout().filters(state().diagramKey());
        if (filters.add(DiagramFilter.SHOW_CLASSIFICATIONS.name())) {
            command.append(new SetFiltersCommand(state().layout(), state().diagramKey(), filters));
        }
        return executable(command);
    }

    @Override
    public String getLabel() {
        return "Classification group";
    }
}
