'use strict';
const { Model } = require('sequelize');
module.exports = (sequelize, DataTypes) => {
  class Student extends Model {
    /**
     * Helper method for defining associations.
     * The `models/index` file calls this method automatically.
     */
    static associate(models) {
      Student.belongsTo(models.Grade, { foreignKey: 'gradeId', onDelete: 'SET NULL', onUpdate: 'CASCADE' });
      Student.belongsToMany(models.Course, { through: { model: models.StudentCourse, unique: false }, foreignKey: 'studentId', otherKey: 'courseId' });
    }
  }
  Student.init({
    student_id: { type: DataTypes.UUID, primaryKey: true, allowNull: false, defaultValue: DataTypes.UUIDV4 },
    name: { type: DataTypes.STRING, allowNull: false },
    createdAt: { type: DataTypes.DATE, allowNull: false },
    updatedAt: { type: DataTypes.DATE, allowNull: false },
    gradeId: { type: DataTypes.INTEGER, references: { model: 'grades', key: 'id' }, onDelete: 'SET NULL', onUpdate: 'CASCADE' }
  }, {
    sequelize,
    modelName: 'Student',
    tableName: 'students',
  });
  return Student;
};
